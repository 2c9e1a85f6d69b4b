import type { EventSource, IngestSourceKind, NormalizedEvent, Quarantine } from "../types";

/**
 * An event with where it came from and its record's JSON text as UTF-8, stored verbatim as
 * AuditEvent.raw: bytes, not a string, so that the batches in flight live outside the JavaScript
 * heap (fewer and shorter collections) and go to Postgres without being encoded again.
 */
export type EventRow = { event: NormalizedEvent; raw: Buffer; location: string; recordIndex: number | null };

/** A trail log file whose every record is in the batch or an earlier one. */
export type FileDone = { location: string; etag: string | null; size: number | null; records: number };

export type Batch = {
  source: IngestSourceKind;
  events: EventRow[];
  quarantines: Quarantine[];
  files: FileDone[];
};

export type BatchResult = { inserted: number; duplicates: number; quarantined: number };

export const eventSourceOf = (kind: IngestSourceKind): EventSource => (kind === "trail-dir" ? "trail-file" : kind);

export const emptyBatch = (source: IngestSourceKind): Batch => ({ source, events: [], quarantines: [], files: [] });
