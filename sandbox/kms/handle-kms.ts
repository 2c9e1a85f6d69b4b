import { randomUUID } from "node:crypto";
import type { Authenticated } from "../auth/authenticate";
import { recordCall } from "../cloudtrail/record-call";
import { AwsError, internalError } from "../core/errors";
import type { Input } from "../core/input";
import type { CallInfo, Reply } from "../http/call-info";
import { injectedError } from "../http/faults";
import { jsonError, jsonReply } from "../protocols/json-reply";
import { parseJsonBody } from "../protocols/parse-json-body";
import { DEFAULT_RATE, KMS_RATES } from "../quotas/quota-table";
import type { World } from "../world";
import type { KmsContext } from "./kms-context";
import { KMS_OPERATIONS } from "./operations";
import { trailShape } from "./trail-shape";

const THROTTLED = "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.";

/** TrentService.<Operation>: run the operation, answer in AWS JSON 1.1, log it to CloudTrail. */
export function handleKms(world: World, op: string, body: Buffer, auth: Authenticated, call: CallInfo): Reply {
  const spec = KMS_OPERATIONS[op];
  if (!spec) return jsonError(call.requestId, new AwsError("UnknownOperationException", `Unknown operation ${op}`));
  const now = world.clock.now();
  world.lifecycle.runUntil(now);
  const ctx: KmsContext = {
    world,
    op,
    caller: auth.caller,
    region: auth.region,
    now,
    requestId: call.requestId,
    eventId: randomUUID(),
    resources: [],
    trailResponse: null,
    relatedRecords: [],
  };
  let input: Input = {};
  let response: Record<string, unknown> | undefined;
  let error: AwsError | undefined;
  try {
    if (call.injected) throw injectedError(call.injected, "kms");
    if (!spec.crypto) world.quotas.charge(auth.caller.accountId, auth.region, op, KMS_RATES[op] ?? DEFAULT_RATE, THROTTLED);
    input = parseJsonBody(body);
    response = spec.handler(input, ctx);
  } catch (e) {
    error = e instanceof AwsError ? e : internalError();
    if (!(e instanceof AwsError)) console.error(`sandbox: ${op} failed:`, e);
  }
  const requestParameters = Object.keys(input).length === 0 ? null : trailShape(input);
  const base = { caller: auth.caller, eventSource: "kms.amazonaws.com", time: now, readOnly: spec.readOnly, error };
  recordCall(world, call, { ...base, region: auth.region, eventName: op, eventId: ctx.eventId, requestParameters, responseElements: ctx.trailResponse, resources: ctx.resources });
  if (!error) for (const r of ctx.relatedRecords) recordCall(world, call, { ...base, ...r });
  // A call on another account's key is logged in both accounts, as KMS does.
  const owners = new Set(ctx.resources.map((arn) => arn.split(":")[4]!).filter((a) => a !== auth.caller.accountId));
  for (const owner of owners) {
    recordCall(world, call, { ...base, region: auth.region, eventName: op, requestParameters, responseElements: ctx.trailResponse, resources: ctx.resources, recipientAccountId: owner });
  }
  return error ? jsonError(call.requestId, error) : jsonReply(call.requestId, response);
}
