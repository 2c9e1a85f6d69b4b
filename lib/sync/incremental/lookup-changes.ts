import type { Event as LookupEvent, LookupEventsRequest } from "@aws-sdk/client-cloudtrail";
import type { CloudTrailClient } from "@/lib/aws";
import { CHANGE_EVENTS } from "./kms-events";

/** Pages of all write events after which asking per event name is cheaper (2 LookupEvents per second). */
const WRITE_PAGES_BEFORE_SWITCH = 30;

const isChange = (e: LookupEvent) => e.EventSource === "kms.amazonaws.com" && CHANGE_EVENTS.has(e.EventName ?? "");

/**
 * KMS change events between `start` and `end`. LookupEvents takes one attribute per call: first
 * ReadOnly=false (every write of every service, newest first: one call covers 50 writes, so a quiet
 * account costs one call); when that runs long, one query per KMS event name covers the rest.
 */
export async function lookupKmsChanges(ct: CloudTrailClient, start: Date, end: Date): Promise<LookupEvent[]> {
  const found: LookupEvent[] = [];
  let pages = 0;
  let oldest = end;
  const writes: LookupEventsRequest = { LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "false" }], StartTime: start, EndTime: end };
  for await (const page of ct.paginate("LookupEvents", writes)) {
    for (const e of page.Events ?? []) {
      if (isChange(e)) found.push(e);
      if (e.EventTime && e.EventTime < oldest) oldest = e.EventTime;
    }
    if (++pages >= WRITE_PAGES_BEFORE_SWITCH && page.NextToken) {
      // Events at the boundary second may be on either side: the overlap is read twice, harmlessly.
      const rest = new Date(Math.min(end.getTime(), oldest.getTime() + 1000));
      for (const name of CHANGE_EVENTS) {
        const byName: LookupEventsRequest = { LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: name }], StartTime: start, EndTime: rest };
        for await (const p of ct.paginate("LookupEvents", byName)) found.push(...(p.Events ?? []).filter(isChange));
      }
      break;
    }
  }
  return found;
}
