// `npm run bench -- keys [--keys 100000] [--runs 20] [--targets pglite,postgres]`: how long the keys
// table takes to answer a filtered, sorted or searched page over a generated inventory. Each figure
// is the whole read model (listKeys: the keyset query, then the page's aliases and tags), timed from
// Node, so it includes the round trips. Target: p95 under 100 ms on every scenario and database.
// PGlite (on disk, as npm start runs it) with and without planner statistics; Postgres too when
// DATABASE_URL is set (a scratch database is created, seeded and dropped).
import { createHash } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { getConfig } from "@/lib/config";
import { closePrisma, createPrisma } from "@/lib/db/client";
import { setTestDatabaseUrl } from "@/lib/db/database-url";
import { startPgliteServer } from "@/lib/db/embedded/pglite-server";
import { migrate } from "@/lib/db/migrate";
import { readMigrations } from "@/lib/db/migration-files";
import { createServerDatabase } from "@/lib/db/testing/server-database";
import { keyFilterConditions, whereAll } from "@/lib/queries/keys/key-conditions";
import type { KeyCursor } from "@/lib/queries/keys/key-cursor";
import { parseKeyFilter, type KeyFilter } from "@/lib/filters/key-filter";
import { countKeys } from "@/lib/queries/keys/count-keys";
import { listKeys } from "@/lib/queries/keys/list-keys";
import { KEY_SORTS } from "@/lib/filters/sort-options";
import { seedInventory } from "@/lib/queries/testing/seed-inventory";
import type { Bench } from "./cli";
import { time } from "./timing";

const TARGET_MS = 100;
const SEED = 42;

type Params = Record<string, string>;
type Scenario = { name: string; params: Params | ((db: PrismaClient) => Promise<Params>); deep?: boolean; gated?: false };

// The same key as ever at 100,000 keys; a smaller --keys (a smoke run) still has one.
const someKey = async (db: PrismaClient) => {
  const customer = await db.kmsKey.count({ where: { keyManager: "CUSTOMER" } });
  return db.kmsKey.findFirstOrThrow({ where: { keyManager: "CUSTOMER" }, orderBy: { arn: "asc" }, skip: Math.min(31_337, Math.floor(customer / 3)), select: { arn: true, keyId: true } });
};

// Filters and searches a security engineer runs; "deep" ones start half-way through the order.
const SCENARIOS: Scenario[] = [
  { name: "first page, sorted by alias", params: {} },
  { name: "half-way page, sorted by alias", params: {}, deep: true },
  { name: "region + state", params: { region: "eu-west-1", state: "Disabled" } },
  { name: "region + state + manager + rotation off, newest first", params: { region: "us-east-1", state: "Enabled", manager: "CUSTOMER", rotation: "off", sort: "created" } },
  { name: "pending deletion, soonest first", params: { state: "PendingDeletion", sort: "deletion" } },
  { name: "last used, most recent first, half-way", params: { sort: "lastUsed" }, deep: true },
  { name: "rarely used spec + usage + origin", params: { spec: "RSA_4096", usage: "SIGN_VERIFY", origin: "AWS_KMS" } },
  { name: "by key id descending, half-way", params: { sort: "keyId", dir: "desc" }, deep: true },
  { name: "search alias fragment", params: { q: "payments-tokens" } },
  { name: "search a word clustered in alias order", params: { q: "checkout" } },
  { name: "search tag key=value", params: { q: "team=security" } },
  { name: "search common word + region + spec", params: { q: "prod", region: "us-east-1", spec: "SYMMETRIC_DEFAULT" } },
  { name: "search a full key ARN", params: async (db) => ({ q: (await someKey(db)).arn }) },
  { name: "search a key id prefix, newest first", params: async (db) => ({ q: (await someKey(db)).keyId.slice(0, 8), sort: "created" }) },
  { name: "search matching nothing", params: { q: "zzqqxx-nothing" } },
  // Words under three letters have no trigrams: a rare one reads every key (see the report).
  { name: "search two letters matching nothing (not gated)", params: { q: "zq" }, gated: false },
];

type Db = { url: string; prisma: PrismaClient; seconds: number; close(): Promise<void> };

function flag(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/**
 * A seeded PGlite database on disk, as npm start runs it, kept in the temp dir between runs (keyed
 * by size and migrations) because seeding 100,000 keys in WASM takes minutes.
 */
async function pglite(keys: number, statistics: boolean): Promise<Db> {
  const key = createHash("sha256").update([keys, SEED, ...readMigrations().map((m) => m.checksum)].join("\n")).digest("hex").slice(0, 16);
  const dir = path.join(os.tmpdir(), `keywarden-bench-keys-${key}`);
  const marker = path.join(dir, "keywarden-seeded");
  const started = Date.now();
  const cached = existsSync(marker);
  if (!cached) rmSync(dir, { recursive: true, force: true });
  const server = await startPgliteServer({ dataDir: dir });
  const prisma = createPrisma(server.url, { max: 3 });
  if (!cached) {
    await migrate(server.url);
    await seedInventory(prisma, { keys, seed: SEED });
    await prisma.$executeRawUnsafe("VACUUM");
    writeFileSync(marker, new Date().toISOString());
  }
  // Nothing runs ANALYZE on the embedded database by itself (PGlite has no autovacuum), so measure
  // both ways: with fresh statistics, and with none at all.
  if (statistics) await prisma.$executeRawUnsafe("ANALYZE");
  else await prisma.$executeRawUnsafe(`DELETE FROM pg_statistic WHERE starelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)`);
  const seconds = (Date.now() - started) / 1000;
  return { url: server.url, prisma, seconds, close: async () => (await prisma.$disconnect(), await server.close()) };
}

async function postgres(keys: number, serverUrl: string): Promise<Db> {
  const started = Date.now();
  const database = await createServerDatabase(serverUrl);
  await migrate(database.url);
  const prisma = createPrisma(database.url, { max: 3 });
  await seedInventory(prisma, { keys, seed: SEED });
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = (Date.now() - started) / 1000;
  return { url: database.url, prisma, seconds, close: async () => (await prisma.$disconnect(), await database.drop()) };
}

function filterOf(params: Record<string, string>): KeyFilter {
  const parsed = parseKeyFilter(params);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/** A cursor half-way through the non-empty values of the filter's order. */
async function halfWay(db: PrismaClient, filter: KeyFilter): Promise<KeyCursor> {
  const spec = KEY_SORTS[filter.sort];
  const col = Prisma.raw(`k."${spec.column}"`);
  const dir = Prisma.raw(filter.dir === "desc" ? "DESC" : "ASC");
  const where = whereAll([...keyFilterConditions(filter), Prisma.sql`${col} IS NOT NULL`]);
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KmsKey" k WHERE ${where}`;
  const [row] = await db.$queryRaw<{ arn: string; v: Date | string }[]>`SELECT k."arn", ${col} AS v FROM "KmsKey" k WHERE ${where}
    ORDER BY ${col} ${dir}, k."arn" ${dir} OFFSET ${Math.floor(n / 2)} LIMIT 1`;
  return { v: row!.v instanceof Date ? row!.v.toISOString() : row!.v, a: row!.arn };
}


const bench: Bench = async (args) => {
  const keys = Number(flag(args, "keys", "100000"));
  const runs = Number(flag(args, "runs", "20"));
  const serverUrl = getConfig().databaseUrl;
  const targets = flag(args, "targets", serverUrl ? "pglite,pglite-nostats,postgres" : "pglite,pglite-nostats").split(",");
  const summary: string[] = [];
  const figures: Record<string, unknown> = { keys, runs, targetMs: TARGET_MS };
  let passed = true;
  for (const target of targets) {
    if (target === "postgres" && !serverUrl) throw new Error("--targets postgres needs DATABASE_URL");
    const db = target === "postgres" ? await postgres(keys, serverUrl!) : await pglite(keys, target !== "pglite-nostats");
    // listKeys and countKeys read through getPrisma(): point it at this target's database, ahead of
    // DATABASE_URL (which names the server the postgres target makes its scratch database on).
    setTestDatabaseUrl(db.url);
    try {
      const total = await db.prisma.kmsKey.count({ where: { deletedAt: null } });
      const results: Record<string, unknown>[] = [];
      for (const s of SCENARIOS) {
        const filter = filterOf(typeof s.params === "function" ? await s.params(db.prisma) : s.params);
        const cursor = s.deep ? await halfWay(db.prisma, filter) : undefined;
        // How selective the filter is, counted on this database rather than stated.
        const matching = await countKeys(filter);
        const share = `${((100 * matching) / total).toFixed(matching && matching < total / 100 ? 2 : 1)}% of keys`;
        let rows = 0;
        const t = await time(async () => (rows = (await listKeys(filter, { cursor })).rows.length), runs);
        const ok = t.p95 < TARGET_MS;
        const gated = s.gated !== false && target !== "pglite-nostats";
        if (gated) passed &&= ok;
        results.push({ scenario: s.name, params: filter, deep: Boolean(s.deep), gated, matchingKeys: matching, rows, ...t, ok });
        summary.push(`${target.padEnd(14)} ${ok ? "ok  " : gated ? "SLOW" : "slow"} p50 ${String(t.p50).padStart(6)} ms  p95 ${String(t.p95).padStart(6)} ms  max ${String(t.max).padStart(6)} ms  ${rows} rows  ${s.name} (matches ${matching.toLocaleString("en")} keys, ${share})`);
      }
      const count = await time(() => db.prisma.kmsKey.count({ where: { deletedAt: null } }), 5);
      summary.push(`${target.padEnd(14)} info p50 ${String(count.p50).padStart(6)} ms  (exact count of all keys, shown once per filter; not a page query)`);
      figures[target] = { setupSeconds: db.seconds, scenarios: results, countAllKeys: count };
    } finally {
      await closePrisma();
      setTestDatabaseUrl(undefined);
      await db.close();
    }
  }
  summary.unshift(
    `${keys} keys, ${runs} timed runs per scenario, page of 100 rows with aliases and tags; target p95 < ${TARGET_MS} ms`,
    "pglite-nostats (not gated) is the embedded database before its first ANALYZE: the Keys and Overview pages run one when statistics are missing or stale",
  );
  return { name: "keys", passed, summary, figures };
};

export default bench;
