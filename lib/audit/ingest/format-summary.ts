import type { IngestCounts } from "../types";

/** The one line every ingest ends with. */
export function formatIngestSummary(summary: IngestCounts): string {
  return `ingested ${summary.ingested}, duplicates ${summary.duplicates}, quarantined ${summary.quarantined}, skipped ${summary.skipped}`;
}
