import type { IngestProgress } from "@/lib/audit/ingest/progress";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One line for a terminal's status line. */
export function progressLine(p: IngestProgress): string {
  const seconds = Math.max(p.elapsedMs / 1000, 0.001);
  const records = p.counts.ingested + p.counts.duplicates + p.counts.quarantined + p.counts.skipped;
  const rate = `${Math.round(records / seconds)} records/s`;
  if (p.files) {
    const f = p.files;
    const share = f.bytesTotal > 0 ? ` (${Math.floor((100 * f.bytesDone) / f.bytesTotal)}%)` : "";
    return `files ${f.done}/${f.total}${share}, ${mb(f.bytesDone)} of ${mb(f.bytesTotal)}, ${p.counts.ingested} ingested, ${rate}`;
  }
  const targets = p.targets ?? [];
  const finished = targets.filter((t) => t.phase === "done" || t.phase === "skipped" || t.phase === "failed").length;
  const backfill = targets.filter((t) => t.backfillPercent !== null);
  const average = backfill.length ? Math.floor(backfill.reduce((n, t) => n + (t.backfillPercent ?? 0), 0) / backfill.length) : 0;
  const calls = p.lookupCalls === undefined ? "" : `, ${p.lookupCalls} LookupEvents calls`;
  return `account-Regions ${finished}/${targets.length}, backfill ${average}%, ${p.counts.ingested} ingested${calls}, ${rate}`;
}
