import { isCryptoOperation } from "@/lib/aws/crypto-operations";
import { parseEventTime } from "./event-time";
import { isAccountId } from "@/lib/aws/arn";
import { callerAccount, principalOf } from "./principal";
import { asRecord, bool, text, type JsonObject } from "./record-fields";
import { resolveKey } from "./resolve-key";
import type { NormalizedEvent } from "../types";

export const KMS_EVENT_SOURCE = "kms.amazonaws.com";

export type Normalized =
  | { kind: "event"; event: NormalizedEvent }
  | { kind: "other-service" }
  | { kind: "invalid"; reason: string };

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const MAX_EVENT_ID = 200;

/** One parsed CloudTrail record → an AuditEvent row, or why it is not one. */
export function normalizeRecord(value: unknown, now: number = Date.now()): Normalized {
  const record = asRecord(value);
  if (!record) return invalid("the record is not a JSON object");
  const eventSource = text(record.eventSource);
  if (!eventSource) return invalid("no eventSource");
  if (eventSource !== KMS_EVENT_SOURCE) return { kind: "other-service" };

  const eventId = text(record.eventID);
  if (!eventId || eventId.length > MAX_EVENT_ID) return invalid(eventId ? "eventID is too long" : "no eventID");
  const eventName = text(record.eventName);
  if (!eventName) return invalid("no eventName");
  const eventTime = parseEventTime(record.eventTime, now);
  if (!eventTime) return invalid(`eventTime is not a usable time: ${quoted(record.eventTime)}`);
  const region = text(record.awsRegion);
  if (!region || !REGION.test(region)) return invalid(`awsRegion is not a Region: ${quoted(record.awsRegion)}`);
  const principal = principalOf(record.userIdentity);
  const accountId = eventAccount(record, principal.principalAccountId);
  if (!accountId) return invalid("no account id (recipientAccountId, userIdentity.accountId and resources[] are missing or redacted)");

  const key = resolveKey(record, region, callerAccount(principal, accountId));
  return {
    kind: "event",
    event: {
      eventId,
      eventTime,
      accountId,
      region,
      eventName,
      readOnly: bool(record.readOnly),
      eventType: text(record.eventType),
      ...principal,
      sourceIp: text(record.sourceIPAddress),
      userAgent: text(record.userAgent),
      errorCode: text(record.errorCode),
      errorMessage: text(record.errorMessage),
      keyArn: key.keyArn,
      requestParameters: JSON.stringify(record.requestParameters ?? null),
      responseElements: JSON.stringify(record.responseElements ?? null),
      alias: key.alias,
      crypto: isCryptoOperation(eventName),
    },
  };
}

const invalid = (reason: string): Normalized => ({ kind: "invalid", reason });

const QUOTED_CHARS = 80;

/** A record's value as a reason shows it: cut, so that a hostile record cannot make the reason large. */
function quoted(value: unknown): string {
  const text = JSON.stringify(typeof value === "string" ? value.slice(0, QUOTED_CHARS + 1) : (value ?? null));
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS)}…` : text;
}

/** The account whose trail received the event; older records may only name it elsewhere. */
function eventAccount(record: JsonObject, principalAccount: string | null): string | undefined {
  if (isAccountId(record.recipientAccountId)) return record.recipientAccountId;
  if (isAccountId(principalAccount)) return principalAccount;
  if (Array.isArray(record.resources)) {
    for (const r of record.resources) {
      const account = asRecord(r)?.accountId;
      if (isAccountId(account)) return account;
    }
  }
  return undefined;
}
