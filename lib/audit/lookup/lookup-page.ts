import type { Event as LookupEvent } from "@aws-sdk/client-cloudtrail";
import type { TargetRef } from "@/lib/aws";
import { emptyBatch, type Batch } from "../store/batch";
import { excerpt } from "../sources/excerpt";
import { recordOutcome } from "../normalize/record-outcome";
import { nestedTooDeep } from "../sources/nesting";
import { MAX_RECORD_NESTING } from "../sources/record-splitter";

export type PageBatch = { batch: Batch; skipped: number; newest?: Date; oldest?: Date };

/** One LookupEvents page as a batch: each entry's CloudTrailEvent is the full record, as in trail files. */
export function lookupPageBatch(target: TargetRef, events: readonly LookupEvent[], now = Date.now()): PageBatch {
  const batch = emptyBatch("lookup");
  let skipped = 0;
  let newest: Date | undefined;
  let oldest: Date | undefined;
  for (const e of events) {
    const location = `${target.accountId}/${target.region}/${e.EventId ?? "?"}`;
    if (e.EventTime) {
      if (!newest || e.EventTime > newest) newest = e.EventTime;
      if (!oldest || e.EventTime < oldest) oldest = e.EventTime;
    }
    const text = e.CloudTrailEvent;
    if (!text) {
      batch.quarantines.push({ location, recordIndex: null, reason: "the LookupEvents entry has no CloudTrailEvent", excerpt: excerpt(JSON.stringify(e)) });
      continue;
    }
    const outcome = nestedTooDeep(text)
      ? ({ kind: "invalid", reason: `the record is nested more than ${MAX_RECORD_NESTING} levels deep` } as const)
      : recordOutcome(text, now);
    if (outcome.kind === "event") batch.events.push({ event: outcome.event, raw: Buffer.from(text, "utf8"), location, recordIndex: null });
    else if (outcome.kind === "other-service") skipped++;
    else batch.quarantines.push({ location, recordIndex: null, reason: outcome.reason, excerpt: excerpt(text) });
  }
  return { batch, skipped, newest, oldest };
}
