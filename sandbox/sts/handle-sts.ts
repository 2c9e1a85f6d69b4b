import type { Authenticated } from "../auth/authenticate";
import { recordCall } from "../cloudtrail/record-call";
import { AwsError } from "../core/errors";
import type { CallInfo, Reply } from "../http/call-info";
import { injectedError } from "../http/faults";
import { queryError, queryReply } from "../protocols/query-xml";
import type { World } from "../world";
import { assumeRole, type StsResult } from "./assume-role";

const ACTIONS = ["GetCallerIdentity", "AssumeRole"];

/** STS over the query protocol: form-encoded Action=…&Version=2011-06-15, XML answers. */
export function handleSts(world: World, params: URLSearchParams, auth: Authenticated, call: CallInfo): Reply {
  const action = params.get("Action") ?? "";
  if (!ACTIONS.includes(action) || params.get("Version") !== "2011-06-15") {
    return queryError(call.requestId, new AwsError("InvalidAction", `Could not find operation ${action} for version ${params.get("Version") ?? "NO_VERSION_SPECIFIED"}`));
  }
  const now = world.clock.now();
  const caller = auth.caller;
  let out: StsResult | undefined;
  let error: AwsError | undefined;
  try {
    if (call.injected) throw injectedError(call.injected, "sts");
    out =
      action === "AssumeRole"
        ? assumeRole(world, caller, params, now)
        : { result: { Arn: caller.arn, UserId: caller.principalId, Account: caller.accountId }, resources: [], responseElements: null };
  } catch (e) {
    error = e instanceof AwsError ? e : new AwsError("InternalFailure", "The request processing has failed because of an unknown error.", 500);
  }
  const requestParameters = Object.fromEntries([...params].filter(([k]) => k !== "Action" && k !== "Version").map(([k, v]) => [k[0]!.toLowerCase() + k.slice(1), v]));
  const base = {
    caller,
    region: auth.region,
    eventSource: "sts.amazonaws.com",
    eventName: action,
    time: now,
    readOnly: action === "GetCallerIdentity",
    requestParameters: Object.keys(requestParameters).length ? requestParameters : null,
    responseElements: out?.responseElements,
    resources: out?.resources ?? [],
    error,
  };
  recordCall(world, call, base);
  // AssumeRole is logged in the role's account too.
  if (out?.roleAccount && out.roleAccount !== caller.accountId) recordCall(world, call, { ...base, recipientAccountId: out.roleAccount });
  return error ? queryError(call.requestId, error) : queryReply(action, call.requestId, out!.result);
}
