import type { Authenticated } from "../auth/authenticate";
import { AwsError } from "../core/errors";
import type { Input } from "../core/input";
import type { CallInfo, Reply } from "../http/call-info";
import { injectedError } from "../http/faults";
import { trailShape } from "../kms/trail-shape";
import { jsonError, jsonReply } from "../protocols/json-reply";
import { parseJsonBody } from "../protocols/parse-json-body";
import { CLOUDTRAIL_RATES } from "../quotas/quota-table";
import type { World } from "../world";
import type { CloudTrailContext } from "./cloudtrail-context";
import { lookupEvents } from "./lookup-events";
import { recordCall } from "./record-call";
import { describeTrails, getEventSelectors } from "./trails";

type Handler = (input: Input, ctx: CloudTrailContext) => Record<string, unknown>;
const OPERATIONS: Record<string, Handler> = { LookupEvents: lookupEvents, DescribeTrails: describeTrails, GetEventSelectors: getEventSelectors };

/** CloudTrail_20131101.<Operation>, the subset a KMS audit needs. */
export function handleCloudTrail(world: World, op: string, body: Buffer, auth: Authenticated, call: CallInfo): Reply {
  const handler = OPERATIONS[op];
  if (!handler) return jsonError(call.requestId, new AwsError("UnknownOperationException", `Unknown operation ${op}`));
  const now = world.clock.now();
  world.lifecycle.runUntil(now);
  const ctx: CloudTrailContext = { world, caller: auth.caller, region: auth.region, now, resources: [] };
  let input: Input = {};
  let response: Record<string, unknown> | undefined;
  let error: AwsError | undefined;
  try {
    if (call.injected) throw injectedError(call.injected, "cloudtrail");
    world.quotas.charge(auth.caller.accountId, auth.region, `cloudtrail:${op}`, CLOUDTRAIL_RATES[op]!, "Rate exceeded");
    input = parseJsonBody(body);
    response = handler(input, ctx);
  } catch (e) {
    error = e instanceof AwsError ? e : new AwsError("InternalFailure", "The request processing has failed because of an unknown error.", 500);
    if (!(e instanceof AwsError)) console.error(`sandbox: ${op} failed:`, e);
  }
  recordCall(world, call, {
    caller: auth.caller,
    region: auth.region,
    eventSource: "cloudtrail.amazonaws.com",
    eventName: op,
    time: now,
    readOnly: true,
    requestParameters: Object.keys(input).length === 0 ? null : trailShape(input),
    responseElements: null,
    resources: ctx.resources,
    error,
  });
  return error ? jsonError(call.requestId, error) : jsonReply(call.requestId, response);
}
