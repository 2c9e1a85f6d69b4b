import type { LookupEventsCommandInput } from "@aws-sdk/client-cloudtrail";
import type { CloudTrailClient, TargetRef } from "@/lib/aws";
import type { SqlPool } from "../store/sql-pool";
import { lookupPageBatch, type PageBatch } from "./lookup-page";
import type { IngestCounts } from "../types";
import { writeBatch } from "../store/write-batch";

// One lookup attribute per call is all LookupEvents accepts; this one keeps only KMS's events.
const KMS_EVENTS = [{ AttributeKey: "EventSource" as const, AttributeValue: "kms.amazonaws.com" }];

export type PassOptions = {
  client: CloudTrailClient;
  pool: SqlPool;
  target: TargetRef;
  counts: IngestCounts;
  startTime?: Date;
  endTime?: Date;
  signal?: AbortSignal;
  /** Called after each page is committed, in page order (newest events first). */
  afterPage?: (page: PageBatch) => Promise<void>;
  /** Checked before each further page; returning true ends the pass early. */
  stop?: () => boolean;
};

/**
 * Pages through LookupEvents newest first, writing each page while the next is requested, so the
 * calls keep to the quota's pace instead of waiting for the database. Returns whether it reached
 * the last page.
 */
export async function lookupPass(o: PassOptions): Promise<boolean> {
  const input: LookupEventsCommandInput = { LookupAttributes: KMS_EVENTS, MaxResults: 50 };
  if (o.startTime) input.StartTime = o.startTime;
  if (o.endTime) input.EndTime = o.endTime;
  let writing: Promise<void> = Promise.resolve();
  let complete = true;
  for await (const page of o.client.paginate("LookupEvents", input, { signal: o.signal })) {
    const converted = lookupPageBatch(o.target, page.Events ?? []);
    await writing;
    writing = commit(o, converted);
    // awaited before the next write or at the end; until then a failure must not count as unhandled
    writing.catch(() => undefined);
    if (page.NextToken && (o.stop?.() || o.signal?.aborted)) {
      complete = false;
      break;
    }
  }
  await writing;
  return complete;
}

async function commit(o: PassOptions, page: PageBatch): Promise<void> {
  const result = await writeBatch(o.pool, page.batch);
  o.counts.ingested += result.inserted;
  o.counts.duplicates += result.duplicates;
  o.counts.quarantined += result.quarantined;
  o.counts.skipped += page.skipped;
  await o.afterPage?.(page);
}
