import { createHash } from "node:crypto";
import { DAY } from "../core/clock";
import { AwsError } from "../core/errors";
import type { Input } from "../core/input";
import { epochSeconds } from "../core/time-format";
import type { StoredEvent, TrailRecord } from "./trail-record";
import type { CloudTrailContext } from "./cloudtrail-context";

const ATTRIBUTES = ["EventId", "EventName", "ReadOnly", "Username", "ResourceType", "ResourceName", "EventSource", "AccessKeyId"];
const RETENTION = 90 * DAY;

/**
 * LookupEvents as the CloudTrail API reference describes it: the last 90 days of management
 * events in this account and Region, newest first, MaxResults 1–50 (default 50), at most one
 * lookup attribute, a NextToken that only works with the same parameters.
 */
export function lookupEvents(input: Input, ctx: CloudTrailContext) {
  const filter = readAttribute(input.LookupAttributes);
  const maxResults = readMaxResults(input.MaxResults);
  const end = Math.min(readTime(input.EndTime) ?? ctx.now, ctx.now);
  const start = Math.max(readTime(input.StartTime) ?? ctx.now - RETENTION, ctx.now - RETENTION);
  if (input.StartTime !== undefined && input.EndTime !== undefined && readTime(input.StartTime)! > readTime(input.EndTime)!) {
    throw new AwsError("InvalidTimeRangeException", "Start time must be earlier than end time.");
  }
  if (input.EventCategory !== undefined && input.EventCategory !== "insight") {
    throw new AwsError("InvalidEventCategoryException", `Event category ${String(input.EventCategory)} is not valid.`);
  }
  const fingerprint = createHash("sha256").update(JSON.stringify([filter, input.StartTime, input.EndTime, input.EventCategory ?? null])).digest("hex").slice(0, 16);
  const before = readToken(input.NextToken, fingerprint);
  if (input.EventCategory === "insight") return { Events: [] };

  const events: StoredEvent[] = [];
  let more = false;
  for (const e of ctx.world.events.stream(ctx.caller.accountId, ctx.region).newestFirst(before, start)) {
    if (e.time > end || e.time < start || (filter && !matches(e.record, filter))) continue;
    if (events.length === maxResults) {
      more = true;
      break;
    }
    events.push(e);
  }
  const last = events[events.length - 1];
  return {
    Events: events.map((e) => lookupEntry(e)),
    NextToken: more && last ? Buffer.from(JSON.stringify({ f: fingerprint, s: last.seq })).toString("base64") : undefined,
  };
}

type Filter = { key: string; value: string };

function readAttribute(raw: unknown): Filter | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw new AwsError("InvalidLookupAttributesException", "LookupAttributes must be a list.");
  if (raw.length === 0) return undefined;
  if (raw.length > 1) throw new AwsError("InvalidLookupAttributesException", "You can specify only one lookup attribute.");
  const { AttributeKey: key, AttributeValue: value } = (raw[0] ?? {}) as { AttributeKey?: unknown; AttributeValue?: unknown };
  if (typeof key !== "string" || !ATTRIBUTES.includes(key)) throw new AwsError("InvalidLookupAttributesException", `Lookup attribute key ${String(key)} is not valid.`);
  if (typeof value !== "string" || value.length < 1 || value.length > 2000) throw new AwsError("InvalidLookupAttributesException", "Lookup attribute value must be 1 to 2000 characters.");
  return { key, value };
}

function readMaxResults(raw: unknown): number {
  if (raw === undefined || raw === null) return 50;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1 || raw > 50) {
    throw new AwsError("InvalidMaxResultsException", "MaxResults must be an integer from 1 to 50.");
  }
  return raw;
}

function readTime(raw: unknown): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "number" || !Number.isFinite(raw)) throw new AwsError("InvalidTimeRangeException", "Time values must be timestamps.");
  return raw * 1000;
}

function readToken(raw: unknown, fingerprint: string): number {
  if (raw === undefined || raw === null) return Number.MAX_SAFE_INTEGER;
  try {
    const t = JSON.parse(Buffer.from(String(raw), "base64").toString("utf8")) as { f?: unknown; s?: unknown };
    if (t.f === fingerprint && typeof t.s === "number") return t.s;
  } catch {
    // an unreadable token is as invalid as one issued for other parameters
  }
  throw new AwsError("InvalidNextTokenException", "A token that is not valid, or one used with different parameters, was specified.");
}

export function usernameOf(r: TrailRecord): string | undefined {
  const ui = r.userIdentity as { userName?: string; type?: string; arn?: string };
  if (ui.userName) return ui.userName;
  if (ui.type === "AssumedRole" && ui.arn) return ui.arn.slice(ui.arn.lastIndexOf("/") + 1);
  return undefined;
}

function matches(r: TrailRecord, f: Filter): boolean {
  switch (f.key) {
    case "EventId":
      return r.eventID === f.value;
    case "EventName":
      return r.eventName === f.value;
    case "ReadOnly":
      return String(r.readOnly) === f.value;
    case "Username":
      return usernameOf(r) === f.value;
    case "EventSource":
      return r.eventSource === f.value;
    case "AccessKeyId":
      return (r.userIdentity as { accessKeyId?: string }).accessKeyId === f.value;
    case "ResourceType":
      return (r.resources ?? []).some((x) => x.type === f.value);
    default:
      return (r.resources ?? []).some((x) => x.ARN === f.value || x.ARN.endsWith(`/${f.value}`));
  }
}

function lookupEntry(e: StoredEvent) {
  const r = e.record;
  return {
    EventId: r.eventID,
    EventName: r.eventName,
    ReadOnly: String(r.readOnly),
    AccessKeyId: (r.userIdentity as { accessKeyId?: string }).accessKeyId,
    EventTime: epochSeconds(e.time),
    EventSource: r.eventSource,
    Username: usernameOf(r),
    Resources: (r.resources ?? []).map((x) => ({ ResourceType: x.type, ResourceName: x.ARN })),
    CloudTrailEvent: JSON.stringify(r),
  };
}
