import type pg from "pg";
import { eventSourceOf, type Batch, type BatchResult, type EventRow } from "./batch";
import { arrayLiteral, columnLiterals, type ReadyRow } from "./batch-params";
import { rollupsOf } from "./batch-rollups";
import { ALIAS_KEYS_SQL, FINISH_BATCH_SQL, OWN_PRINCIPALS_SQL, PRUNE_HORIZONS_SQL, SHARED_WRITE_LOCK_SQL, STORED_FINGERPRINTS_SQL } from "./batch-sql";
import type { SqlPool } from "./sql-pool";
import { databaseRefusal } from "./database-refusal";
import { excerpt } from "../sources/excerpt";
import { clashReason, fingerprint } from "./fingerprint";
import { insertEvents, insertMethod } from "./insert-events";
import { partitionOf } from "@/lib/aws/arn";
import { isOwnCall } from "../normalize/own-call";
import type { NormalizedEvent, Quarantine } from "../types";

/**
 * `checked` reads which of the batch's events are stored before inserting; `optimistic` inserts
 * them straight away and, when one turns out to be stored, rolls back and writes the batch checked.
 * Optimistic suits trail files read for the first time, whose redeliveries the pipeline mostly
 * finds itself: it saves a primary-key lookup per event.
 */
export type WriteMode = "checked" | "optimistic";

/**
 * Writes a batch in one transaction. When Postgres refuses a record's data (jsonb is stricter than
 * JSON.parse about escapes), the batch is split until the refused records are found and quarantined.
 */
export async function writeBatch(pool: SqlPool, batch: Batch, mode: WriteMode = "checked"): Promise<BatchResult> {
  try {
    // only the first attempt may be optimistic: whatever rolled it back, the next one checks
    return await retryingConflicts((attempt) => inTransaction(pool, (client) => writeIn(client, batch, attempt === 1 ? mode : "checked")));
  } catch (error) {
    const refusal = databaseRefusal(error);
    if (!refusal || batch.events.length === 0) throw error;
    if (batch.events.length === 1) {
      const row = batch.events[0]!;
      const refused = quarantineOf(row, `the database refused the record: ${refusal}`);
      return writeBatch(pool, { ...batch, events: [], quarantines: [...batch.quarantines, refused] });
    }
    const half = Math.ceil(batch.events.length / 2);
    const first = await writeBatch(pool, { ...batch, events: batch.events.slice(0, half), quarantines: [], files: [] }, mode);
    const second = await writeBatch(pool, { ...batch, events: batch.events.slice(half) }, mode);
    return {
      inserted: first.inserted + second.inserted,
      duplicates: first.duplicates + second.duplicates,
      quarantined: first.quarantined + second.quarantined,
    };
  }
}

async function writeIn(client: pg.ClientBase, batch: Batch, mode: WriteMode): Promise<BatchResult> {
  await client.query(SHARED_WRITE_LOCK_SQL);
  const method = await insertMethod(client);
  const { ready, duplicates, clashes } = await newEvents(client, batch.events, mode);
  await insertEvents(client, ready, eventSourceOf(batch.source), method);
  const { hourly, daily, keyDaily } = rollupsOf(ready.map((r) => (r.keyArn === r.event.keyArn && !r.own ? r.event : { ...r.event, keyArn: r.keyArn, ownCall: r.own })));
  const quarantines = [...batch.quarantines, ...clashes];
  await client.query(FINISH_BATCH_SQL, [
    ...columnLiterals(hourly, (h) => h.keyArn, (h) => h.hour, (h) => h.accountId, (h) => h.region, (h) => h.principal, (h) => h.operation, (h) => h.errorCode, (h) => String(h.calls), (h) => h.lastEventAt),
    ...columnLiterals(daily, (d) => d.dimension, (d) => d.day, (d) => d.name, (d) => d.errorCode, (d) => String(d.calls)),
    quarantinesJson(quarantines),
    batch.source,
    JSON.stringify(batch.files.map((f) => ({ loc: f.location, etag: f.etag, size: f.size, records: f.records }))),
    ...columnLiterals(keyDaily, (k) => k.keyArn, (k) => k.day, (k) => k.operation, (k) => k.principal, (k) => k.errorCode, (k) => String(k.calls)),
  ]);
  return { inserted: ready.length, duplicates, quarantined: quarantines.length };
}

/**
 * The batch's events that are not stored yet, each with its key resolved. A stored event with the
 * same eventID is a redelivery, unless it differs (then the record is quarantined rather than
 * dropped); a crypto event older than its account-Region's prune horizon was counted already.
 */
async function newEvents(client: pg.ClientBase, events: readonly EventRow[], mode: WriteMode): Promise<{ ready: ReadyRow[]; duplicates: number; clashes: Quarantine[] }> {
  if (events.length === 0) return { ready: [], duplicates: 0, clashes: [] };
  const [stored, horizons, aliasKeys, ownPrincipals] = [
    mode === "checked" ? await storedFingerprints(client, events) : new Map<string, string>(),
    events.some((r) => r.event.crypto) ? await pruneHorizons(client) : new Map<string, string>(),
    await keysOfAliases(client, events),
    await ownPrincipalsOf(client),
  ];
  const ready: ReadyRow[] = [];
  const clashes: Quarantine[] = [];
  let duplicates = 0;
  for (const row of events) {
    const e = row.event;
    const found = stored.get(e.eventId);
    if (found !== undefined) {
      if (found === fingerprint(e)) duplicates++;
      else clashes.push(quarantineOf(row, clashReason(e.eventId)));
      continue;
    }
    const horizon = e.crypto ? horizons.get(placeId(e.accountId, e.region)) : undefined;
    if (horizon !== undefined && e.eventTime < horizon) {
      duplicates++;
      continue;
    }
    ready.push({ event: e, raw: row.raw, keyArn: (e.alias && aliasKeys.get(aliasId(e.alias))) ?? e.keyArn, own: isOwnCall(e, ownPrincipals) });
  }
  return { ready, duplicates, clashes };
}

async function storedFingerprints(client: pg.ClientBase, events: readonly EventRow[]): Promise<Map<string, string>> {
  const { rows } = await client.query<{ id: string; fingerprint: string }>(STORED_FINGERPRINTS_SQL, [arrayLiteral(events.map((r) => r.event.eventId))]);
  return new Map(rows.map((r) => [r.id, r.fingerprint]));
}

async function ownPrincipalsOf(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ roleArn: string }>(OWN_PRINCIPALS_SQL);
  return new Set(rows.map((r) => r.roleArn));
}

const placeId = (accountId: string, region: string) => `${accountId}|${region}`;

async function pruneHorizons(client: pg.ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ accountId: string; region: string; prunedBefore: string }>(PRUNE_HORIZONS_SQL);
  return new Map(rows.map((r) => [placeId(r.accountId, r.region), r.prunedBefore]));
}

type AliasRef = NonNullable<NormalizedEvent["alias"]>;
const aliasId = (a: AliasRef) => `${a.accountId}|${a.region}|${a.aliasName}`;

/** The keys the inventory knows behind the aliases the batch's records name (a few per batch at most). */
async function keysOfAliases(client: pg.ClientBase, events: readonly EventRow[]): Promise<Map<string, string>> {
  const aliases = new Map<string, AliasRef>();
  for (const r of events) if (r.event.alias) aliases.set(aliasId(r.event.alias), r.event.alias);
  if (aliases.size === 0) return new Map();
  const { rows } = await client.query<{ account: string; region: string; alias: string; keyArn: string | null }>(
    ALIAS_KEYS_SQL,
    columnLiterals([...aliases.values()], (a) => a.accountId, (a) => a.region, (a) => a.aliasName, (a) => partitionOf(a.region)),
  );
  return new Map(rows.flatMap((r) => (r.keyArn ? [[aliasId({ accountId: r.account, region: r.region, aliasName: r.alias }), r.keyArn] as const] : [])));
}

async function inTransaction<T>(pool: SqlPool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    try {
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: unknown) => (broken = e instanceof Error ? e : new Error(String(e))));
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

// Another writer can store one of the batch's events first (unique violation), or make Postgres
// pick this transaction as a deadlock victim; the transaction rolled back whole, so running it
// again is safe, and the next attempt sees the other writer's events as stored.
const RETRYABLE = new Set(["23505", "40P01", "40001"]);

async function retryingConflicts<T>(run: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}

function quarantineOf(row: EventRow, reason: string): Quarantine {
  return { location: row.location, recordIndex: row.recordIndex, reason, excerpt: excerpt(row.raw) };
}

// Reasons quote what they found; whatever quotes a record's value, the stored reason stays short.
const MAX_REASON_CHARS = 1000;

const quarantinesJson = (qs: readonly Quarantine[]) =>
  JSON.stringify(qs.map((q) => ({ loc: q.location, idx: q.recordIndex, reason: q.reason.slice(0, MAX_REASON_CHARS), excerpt: q.excerpt })));
