import { eventSourceOf, type Batch, type BatchResult, type EventRow } from "./batch";
import { eventsParams } from "./batch-params";
import { quarantineSql, STORED_FINGERPRINTS_SQL, WRITE_BATCH_SQL } from "./batch-sql";
import type { SqlPool } from "./audit-db";
import { databaseRefusal } from "./database-refusal";
import { excerpt } from "./excerpt";
import { clashReason, fingerprint } from "./fingerprint";
import type { Quarantine } from "./types";

/**
 * Writes a batch in one statement. When Postgres refuses a record's data (jsonb is stricter than
 * JSON.parse about escapes), the batch is split until the refused records are found and quarantined.
 */
export async function writeBatch(pool: SqlPool, batch: Batch): Promise<BatchResult> {
  try {
    return await retryingConflicts(() => writeOnce(pool, batch));
  } catch (error) {
    const refusal = databaseRefusal(error);
    if (!refusal || batch.events.length === 0) throw error;
    if (batch.events.length === 1) {
      const row = batch.events[0]!;
      const refused = quarantineOf(row, `the database refused the record: ${refusal}`);
      return writeBatch(pool, { ...batch, events: [], quarantines: [...batch.quarantines, refused] });
    }
    const half = Math.ceil(batch.events.length / 2);
    const first = await writeBatch(pool, { ...batch, events: batch.events.slice(0, half), quarantines: [], files: [] });
    const second = await writeBatch(pool, { ...batch, events: batch.events.slice(half) });
    return {
      inserted: first.inserted + second.inserted,
      duplicates: first.duplicates + second.duplicates,
      quarantined: first.quarantined + second.quarantined,
    };
  }
}

async function writeOnce(pool: SqlPool, batch: Batch): Promise<BatchResult> {
  const result = await pool.query<{ inserted: number }>(WRITE_BATCH_SQL, [
    ...eventsParams(batch.events),
    eventSourceOf(batch.source),
    quarantinesJson(batch.quarantines),
    batch.source,
    JSON.stringify(batch.files.map((f) => ({ loc: f.location, etag: f.etag, size: f.size, records: f.records }))),
  ]);
  const inserted = result.rows[0]!.inserted;
  const clashes = inserted < batch.events.length ? await quarantineClashes(pool, batch) : 0;
  return { inserted, duplicates: batch.events.length - inserted - clashes, quarantined: batch.quarantines.length + clashes };
}

/**
 * Rows not inserted are redeliveries, unless the stored event under that eventID is a different
 * one: such records are quarantined rather than dropped. Done after the insert, outside it: a crash
 * in between leaves the clash to be found again by the re-run.
 */
async function quarantineClashes(pool: SqlPool, batch: Batch): Promise<number> {
  const stored = await pool.query<{ id: string; fingerprint: string }>(STORED_FINGERPRINTS_SQL, [batch.events.map((r) => r.event.eventId)]);
  const byId = new Map(stored.rows.map((r) => [r.id, r.fingerprint]));
  const clashes = batch.events.filter((r) => {
    const found = byId.get(r.event.eventId);
    return found !== undefined && found !== fingerprint(r.event);
  });
  if (clashes.length === 0) return 0;
  await pool.query(quarantineSql("$1", "$2"), [quarantinesJson(clashes.map((r) => quarantineOf(r, clashReason(r.event.eventId)))), batch.source]);
  return clashes.length;
}

// Another writer's transaction can still make Postgres pick this statement as a deadlock victim or
// a serialization failure; the statement is atomic, so running it again is safe.
async function retryingConflicts<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 3 || (code !== "40P01" && code !== "40001")) throw error;
    }
  }
}

function quarantineOf(row: EventRow, reason: string): Quarantine {
  return { location: row.location, recordIndex: row.recordIndex, reason, excerpt: excerpt(row.raw) };
}

const quarantinesJson = (qs: readonly Quarantine[]) =>
  JSON.stringify(qs.map((q) => ({ loc: q.location, idx: q.recordIndex, reason: q.reason, excerpt: q.excerpt })));
