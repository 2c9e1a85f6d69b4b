import { randomUUID } from "node:crypto";
import type { Caller } from "../auth/caller";
import type { AwsError } from "../core/errors";
import type { CallInfo } from "../http/call-info";
import type { World } from "../world";
import { apiCallRecord } from "./build-record";
import { userIdentity } from "./user-identity";

export type CallRecord = {
  caller: Caller;
  region: string;
  eventSource: string;
  eventName: string;
  time: number;
  eventId?: string;
  readOnly: boolean;
  requestParameters: unknown;
  responseElements: unknown;
  resources: string[];
  error?: AwsError;
  /** Account whose trail receives the record; the caller's unless the call crossed accounts. */
  recipientAccountId?: string;
};

/** Every call the sandbox serves, failed ones included, becomes a CloudTrail record. */
export function recordCall(world: World, call: CallInfo, r: CallRecord): void {
  const recipient = r.recipientAccountId ?? r.caller.accountId;
  const record = apiCallRecord({
    time: r.time,
    eventSource: r.eventSource,
    eventName: r.eventName,
    region: r.region,
    userIdentity: userIdentity(r.caller),
    sourceIPAddress: call.sourceIp,
    userAgent: call.userAgent,
    requestParameters: r.requestParameters ?? null,
    responseElements: r.error ? null : (r.responseElements ?? null),
    errorCode: r.error ? trailErrorCode(r.error.code) : undefined,
    errorMessage: r.error?.message,
    requestID: call.requestId,
    eventID: r.eventId ?? randomUUID(),
    readOnly: r.readOnly,
    resources: r.resources,
    recipientAccountId: recipient,
  });
  world.events.append(recipient, r.region, r.time, record);
}

/** CloudTrail writes KMS's AccessDeniedException as "AccessDenied". */
const trailErrorCode = (code: string) => (code === "AccessDeniedException" ? "AccessDenied" : code);
