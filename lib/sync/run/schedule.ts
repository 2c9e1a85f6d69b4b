import type { Config } from "@/lib/config";
import type { PrismaClient } from "@/lib/db/client";
import { WRITE_TRANSACTION } from "../write/sql-rows";

export type RecentRuns = {
  now: Date;
  /** The latest full sync that did not fail. */
  lastFull: Date | null;
  /** The latest full sync, failed or not. */
  lastFullAttempt: Date | null;
  lastAny: Date | null;
  fullActive: boolean;
  anyActive: boolean;
};

/** A failed full sync is tried again after this, not at once (bad credentials would fail every time). */
export const FULL_RETRY_MS = 15 * 60_000;

/** Which scheduled sync is due: full every `fullHours`, incremental every `incrementalMinutes` (0 = never). */
export function dueKind(schedule: Config["schedule"], recent: RecentRuns): "full" | "incremental" | null {
  const since = (d: Date | null) => (d ? recent.now.getTime() - d.getTime() : Infinity);
  const fullDue = since(recent.lastFull) >= schedule.fullHours * 3600_000 && since(recent.lastFullAttempt) >= FULL_RETRY_MS;
  if (schedule.fullHours > 0 && !recent.fullActive && fullDue) return "full";
  if (schedule.incrementalMinutes > 0 && !recent.anyActive && since(recent.lastAny) >= schedule.incrementalMinutes * 60_000) return "incremental";
  return null;
}

// Runs over every configured account-Region count; a sync of a few Regions (CLI) does not reset the schedule.
const RECENT = `SELECT now() AS "now",
  max("startedAt") FILTER (WHERE "kind" = 'full' AND "status" NOT IN ('failed', 'abandoned')) AS "lastFull",
  max("startedAt") FILTER (WHERE "kind" = 'full') AS "lastFullAttempt",
  max("startedAt") AS "lastAny",
  coalesce(bool_or("kind" = 'full' AND "status" IN ('queued', 'running')), false) AS "fullActive",
  coalesce(bool_or("status" IN ('queued', 'running')), false) AS "anyActive"
FROM "SyncRun" WHERE "kind" IN ('full', 'incremental') AND ("scope" IS NULL OR "scope" = '{}'::jsonb)`;

/**
 * Queues the scheduled sync that is due, if any. Several app processes may call this at once: a
 * transaction-scoped advisory lock serializes them on a Postgres server (on the embedded database
 * transactions are serialized anyway), so one run is queued, not one per process.
 */
export async function enqueueDueSync(db: PrismaClient, schedule: Config["schedule"]): Promise<{ runId: string; kind: "full" | "incremental" } | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('keywarden.sync:schedule', 0))) AS locked`);
    const [recent] = await tx.$queryRawUnsafe<RecentRuns[]>(RECENT);
    const kind = recent ? dueKind(schedule, recent) : null;
    if (!kind) return null;
    const run = await tx.syncRun.create({ data: { kind, trigger: "schedule", status: "queued", scope: {} }, select: { id: true } });
    return { runId: run.id, kind };
  }, WRITE_TRANSACTION);
}
