// The audit bench's database: kept between runs (generating 10 million events takes minutes) and
// rebuilt when it is missing, was built for another size, migrations or version of this fixture,
// lacks a filled UsageDay, has aged, or --rebuild is given. Its events are placed relative to the
// time it was built, so an old fixture has nothing in the last days the Overview reads.
import { createHash } from "node:crypto";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { readMigrations } from "@/lib/db/migration-files";
import { eventsSql, FLEET, INVENTORY_SQL, ROLLUP_SQL, SETUP_SQL, STATE_CHANGE_EVENTS_SQL, USAGE_DAY_SQL, USAGE_KEY_DAY_SQL, USAGE_WEEK_SQL } from "./fixture-sql";

const CHUNK = 1_000_000;
const MAX_AGE_HOURS = 24;

export type Fixture = {
  url: string;
  name: string;
  /** Built by this run (else reused). */
  built: boolean;
  /** When the fixture was built, and how long that took (recorded with it, so reuses report it too). */
  builtAt: string;
  buildSeconds: number;
  ageHours: number;
  events: number;
  rollups: number;
  days: number;
  sizes: Record<string, string>;
};

/** The database's comment: what the fixture was built for, and when. */
type Marker = { keywardenBench: "audit"; version: number; events: number; fleet: typeof FLEET; migrations: string; builtAt?: string; buildSeconds?: number };

function marker(events: number): Marker {
  const migrations = createHash("sha256").update(readMigrations().map((m) => m.checksum).join("\n")).digest("hex").slice(0, 16);
  return { keywardenBench: "audit", version: 3, events, fleet: FLEET, migrations };
}

function parseMarker(comment: string | null | undefined): Marker | null {
  try {
    return comment ? (JSON.parse(comment) as Marker) : null;
  } catch {
    return null;
  }
}

const sameBuild = (a: Marker, b: Marker) => JSON.stringify({ ...a, builtAt: undefined, buildSeconds: undefined }) === JSON.stringify({ ...b, builtAt: undefined, buildSeconds: undefined });
const hoursSince = (iso: string | undefined) => (iso ? (Date.now() - Date.parse(iso)) / 3_600_000 : Number.POSITIVE_INFINITY);

const urlOf = (serverUrl: string, name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function openFixture(serverUrl: string, name: string, events: number, rebuild: boolean): Promise<Fixture> {
  const want = marker(events);
  const found = await withClient(serverUrl, async (c) => {
    const { rows } = await c.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    return rows[0] ? parseMarker(rows[0].comment) : null;
  });
  const url = urlOf(serverUrl, name);
  let current = found;
  const stale = !found || !sameBuild(found, want) || !(hoursSince(found.builtAt) < MAX_AGE_HOURS);
  if (rebuild || stale || !(await hasUsageDays(url))) {
    const builtAt = new Date().toISOString();
    const started = performance.now();
    await withClient(serverUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
    await migrate(url);
    await withClient(url, (c) => load(c, events));
    current = { ...want, builtAt, buildSeconds: Math.round((performance.now() - started) / 1000) };
    const comment = JSON.stringify(current);
    await withClient(serverUrl, (c) => c.query(`COMMENT ON DATABASE "${name}" IS ${pg.Client.prototype.escapeLiteral(comment)}`));
  }
  const built = current !== found;
  const builtAt = current?.builtAt ?? "";
  const buildSeconds = current?.buildSeconds ?? 0;
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ events: string; rollups: string; days: string; db: string; events_size: string; rollups_size: string; days_size: string }>(`
      SELECT (SELECT reltuples::bigint FROM pg_class WHERE relname = 'AuditEvent')::text AS events,
        (SELECT count(*) FROM "UsageRollup")::text AS rollups,
        (SELECT count(*) FROM "UsageDay")::text AS days,
        pg_size_pretty(pg_database_size(current_database())) AS db,
        pg_size_pretty(pg_total_relation_size('"AuditEvent"')) AS events_size,
        pg_size_pretty(pg_total_relation_size('"UsageRollup"')) AS rollups_size,
        pg_size_pretty(pg_total_relation_size('"UsageDay"')) AS days_size`);
    const r = rows[0]!;
    return {
      url,
      name,
      built,
      builtAt,
      buildSeconds,
      ageHours: Math.round(hoursSince(builtAt) * 10) / 10,
      events: Number(r.events),
      rollups: Number(r.rollups),
      days: Number(r.days),
      sizes: { database: r.db, auditEvent: r.events_size, usageRollup: r.rollups_size, usageDay: r.days_size },
    };
  });
}

/** Whether the fixture has a filled UsageDay (a fixture built before the table has none). */
async function hasUsageDays(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ filled: boolean }>(`SELECT to_regclass('"UsageDay"') IS NOT NULL AND EXISTS (SELECT FROM "UsageDay") AS filled`);
    return rows[0]?.filled === true;
  }).catch(() => false);
}

/** Indexes (and the primary key) of a table as they are now, to drop them for the load and make them again after. */
async function indexesOf(c: pg.Client, table: string): Promise<{ drop: string[]; create: string[] }> {
  const { rows } = await c.query<{ name: string; def: string; constraint: string | null }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def, (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.conindid = i.oid AND k.contype = 'p') AS constraint
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = $1::regclass`,
    [`"${table}"`],
  );
  return {
    drop: rows.map((r) => (r.constraint ? `ALTER TABLE "${table}" DROP CONSTRAINT "${r.name}"` : `DROP INDEX "${r.name}"`)),
    create: rows.map((r) => (r.constraint ? `ALTER TABLE "${table}" ADD CONSTRAINT "${r.name}" ${r.constraint}` : r.def)),
  };
}

async function step(c: pg.Client, label: string, sql: string | string[]) {
  const started = performance.now();
  for (const s of Array.isArray(sql) ? sql : [sql]) await c.query(s);
  console.log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

async function load(c: pg.Client, events: number) {
  console.log(`generating ${events.toLocaleString("en")} events by SQL (not ingested) …`);
  await c.query(`SET maintenance_work_mem = '1GB'`);
  await c.query(`SET synchronous_commit = off`);
  await step(c, "keys and principals", SETUP_SQL);
  await step(c, "inventory", INVENTORY_SQL);
  const events_ = await indexesOf(c, "AuditEvent");
  const rollups = await indexesOf(c, "UsageRollup");
  const days = await indexesOf(c, "UsageDay");
  const keyDays = await indexesOf(c, "UsageKeyDay");
  await step(c, "indexes dropped for the load", [...events_.drop, ...rollups.drop, ...days.drop, ...keyDays.drop]);
  for (let from = 0; from < events; from += CHUNK) {
    await step(c, `events ${from.toLocaleString("en")}–${Math.min(events, from + CHUNK).toLocaleString("en")}`, eventsSql(from, Math.min(events, from + CHUNK)));
  }
  await step(c, "DisableKey / ScheduleKeyDeletion events", STATE_CHANGE_EVENTS_SQL);
  await step(c, "AuditEvent indexes", events_.create);
  await step(c, "UsageRollup from the events", ROLLUP_SQL);
  await step(c, "UsageRollup indexes", rollups.create);
  await step(c, "UsageDay from UsageRollup (hours summed by UTC day)", USAGE_DAY_SQL);
  await step(c, "UsageDay weeks from its days", USAGE_WEEK_SQL);
  await step(c, "UsageDay indexes", days.create);
  await step(c, "UsageKeyDay from UsageRollup (each key's hours summed by UTC day)", USAGE_KEY_DAY_SQL);
  await step(c, "UsageKeyDay indexes", keyDays.create);
  await step(c, "clean up", ["DROP TABLE bench_key", "DROP TABLE bench_principal"]);
  await step(c, "VACUUM ANALYZE", `VACUUM (ANALYZE) "AuditEvent", "UsageRollup", "UsageDay", "UsageKeyDay", "KmsKey", "KmsAlias", "AccountRegion"`);
}
