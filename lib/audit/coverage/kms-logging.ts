import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelector } from "@aws-sdk/client-cloudtrail";
import { KMS_EVENT_SOURCE } from "../normalize/normalize-record";

/** Whether a trail logs KMS's read (crypto, Describe…) and write management events: all, none, or some of them. */
export type Logs = "yes" | "no" | "some";
export type KmsLogging = { reads: Logs; writes: Logs };

export type TrailSelectors = { EventSelectors?: EventSelector[]; AdvancedEventSelectors?: AdvancedEventSelector[] };

const rank: Record<Logs, number> = { no: 0, some: 1, yes: 2 };
const best = (a: Logs, b: Logs): Logs => (rank[a] >= rank[b] ? a : b);

/**
 * Which KMS management events a trail's selectors log. Without selectors a trail logs every
 * management event. Fields that select by something other than source, category and read/write
 * (eventName, userIdentity.arn…) let through only some KMS events.
 */
export function kmsLogging(s: TrailSelectors): KmsLogging {
  const advanced = s.AdvancedEventSelectors ?? [];
  const basic = s.EventSelectors ?? [];
  if (advanced.length === 0 && basic.length === 0) return { reads: "yes", writes: "yes" };
  let result: KmsLogging = { reads: "no", writes: "no" };
  for (const selector of basic) result = merge(result, basicLogs(selector));
  for (const selector of advanced) result = merge(result, advancedLogs(selector.FieldSelectors ?? []));
  return result;
}

const merge = (a: KmsLogging, b: KmsLogging): KmsLogging => ({ reads: best(a.reads, b.reads), writes: best(a.writes, b.writes) });

function basicLogs(s: EventSelector): KmsLogging {
  if (s.IncludeManagementEvents === false || (s.ExcludeManagementEventSources ?? []).includes(KMS_EVENT_SOURCE)) return { reads: "no", writes: "no" };
  const type = s.ReadWriteType ?? "All";
  return { reads: type === "WriteOnly" ? "no" : "yes", writes: type === "ReadOnly" ? "no" : "yes" };
}

function advancedLogs(fields: readonly AdvancedFieldSelector[]): KmsLogging {
  const forKind = (readOnly: boolean): Logs => {
    let logs: Logs = "yes";
    let management = false;
    for (const f of fields) {
      if (f.Field === "eventCategory") {
        if (!holds(f, "Management")) return "no";
        management = true;
      } else if (f.Field === "eventSource") {
        if (!holds(f, KMS_EVENT_SOURCE)) return "no";
      } else if (f.Field === "readOnly") {
        if (!holds(f, String(readOnly))) return "no";
      } else {
        logs = "some";
      }
    }
    return management ? logs : "no";
  };
  return { reads: forKind(true), writes: forKind(false) };
}

/** Every operator of the field selector accepts the value. */
function holds(f: AdvancedFieldSelector, value: string): boolean {
  const checks: [string[] | undefined, (v: string) => boolean][] = [
    [f.Equals, (v) => value === v],
    [f.StartsWith, (v) => value.startsWith(v)],
    [f.EndsWith, (v) => value.endsWith(v)],
  ];
  const negative: [string[] | undefined, (v: string) => boolean][] = [
    [f.NotEquals, (v) => value === v],
    [f.NotStartsWith, (v) => value.startsWith(v)],
    [f.NotEndsWith, (v) => value.endsWith(v)],
  ];
  return checks.every(([list, match]) => !list?.length || list.some(match)) && negative.every(([list, match]) => !list?.some(match));
}
