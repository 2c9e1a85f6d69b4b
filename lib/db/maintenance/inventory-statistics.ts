import "server-only";
import { getPrisma, type PrismaClient } from "../client";

// The keys table's plans depend on the planner's statistics. A Postgres server keeps them fresh
// (autovacuum); the embedded PGlite database has no autovacuum, and without statistics a filtered
// page over 100,000 keys takes half a second instead of tens of milliseconds (bench/keys.bench.ts).

const TABLES = `"KmsKey", "KeySearch", "KmsAlias", "KeyTag", "KmsGrant"`;
const DRIFT = 0.2;

let running: Promise<boolean> | undefined;

/** After a full sync: the inventory may have grown or shrunk by any amount. */
export async function refreshInventoryStatisticsAfterSync(db: PrismaClient): Promise<boolean> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KmsKey"`;
  return refreshInventoryStatistics(row?.n ?? 0, db);
}

/**
 * ANALYZE the inventory tables when they have no statistics yet, or when the number of keys has
 * moved by more than a fifth since the last ANALYZE. Returns whether it ran. One at a time.
 */
export function refreshInventoryStatistics(keys: number, db: PrismaClient = getPrisma()): Promise<boolean> {
  running ??= (async () => {
    try {
      const [row] = await db.$queryRaw<{ analyzed: boolean; reltuples: number }[]>`
        SELECT EXISTS (SELECT 1 FROM pg_statistic WHERE starelid = c.oid) AS analyzed, c.reltuples::float8 AS reltuples
          FROM pg_class c WHERE c.oid = '"KmsKey"'::regclass`;
      const stale = !row?.analyzed || Math.abs(row.reltuples - keys) > DRIFT * Math.max(keys, 1000);
      if (stale) await db.$executeRawUnsafe(`ANALYZE ${TABLES}`);
      return stale;
    } catch (error) {
      console.error("[inventory statistics] ANALYZE failed; filtered pages may be slow:", error instanceof Error ? error.message : error);
      return false;
    } finally {
      running = undefined;
    }
  })();
  return running;
}
