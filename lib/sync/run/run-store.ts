import type { PrismaClient } from "@/lib/db/client";
import type { RunProgress, TargetProgress } from "./run-progress";
import { WRITE_TRANSACTION } from "../write/sql-rows";
import type { RunStatus, SyncScope } from "../types";

export type ClaimedRun = { id: string; kind: string; trigger: string; scope: SyncScope };

type Row = { id: string; kind: string; trigger: string; scope: unknown };
const claimed = (rows: Row[]): ClaimedRun | undefined => rows[0] && { ...rows[0], scope: (rows[0].scope ?? {}) as SyncScope };

/**
 * Takes a queued run for this process: one UPDATE that only one process can win, on PGlite and on
 * a Postgres server alike. With an id, that run; otherwise the oldest queued one.
 */
export async function claimRun(db: PrismaClient, owner: string, runId?: string): Promise<ClaimedRun | undefined> {
  const pick = runId
    ? `SELECT "id" FROM "SyncRun" WHERE "id" = $2::uuid AND "status" = 'queued' FOR UPDATE SKIP LOCKED`
    : `SELECT "id" FROM "SyncRun" WHERE "status" = 'queued' ORDER BY "startedAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
  const rows = await db.$queryRawUnsafe<Row[]>(
    `UPDATE "SyncRun" SET "status" = 'running', "owner" = $1, "startedAt" = now(), "heartbeatAt" = now()
     WHERE "id" = (${pick}) AND "status" = 'queued' RETURNING "id", "kind", "trigger", "scope"`,
    ...(runId ? [owner, runId] : [owner]),
  );
  return claimed(rows);
}

const COUNTERS = ["totalUnits", "doneUnits", "keysSeen", "keysCreated", "keysUpdated", "keysDeleted", "callsTotal", "throttlesTotal"] as const;

function counterValues(progress: RunProgress): unknown[] {
  const totals = progress.stats.totals();
  const values = { ...progress, callsTotal: totals.calls, throttlesTotal: totals.throttles };
  return [...COUNTERS.map((c) => values[c]), JSON.stringify(progress.operations()), JSON.stringify(progress.errors)];
}

// $1 id, $2 owner, then the counters, operations and errors. Times come from the database's clock,
// the one closeAbandonedRuns compares with.
const SET_COUNTERS = [...COUNTERS.map((c, i) => `"${c}" = $${i + 3}`), `"operations" = $${COUNTERS.length + 3}::jsonb`, `"errors" = $${COUNTERS.length + 4}::jsonb`].join(", ");
const MINE = `WHERE "id" = $1::uuid AND "owner" = $2 AND "status" = 'running'`;

function targetUpdates(db: PrismaClient, runId: string, progress: RunProgress) {
  const dirty: TargetProgress[] = [...progress.targets.values()].filter((t) => t.dirty);
  for (const t of dirty) t.dirty = false;
  return dirty.map((t) =>
    db.syncRunTarget.update({
      where: { runId_accountId_region: { runId, accountId: t.ref.accountId, region: t.ref.region } },
      data: { status: t.status, keysListed: t.keysListed, keysDone: t.keysDone, listingComplete: t.listingComplete, startedAt: t.startedAt, finishedAt: t.finishedAt, message: t.message },
    }),
  );
}

/** Writes progress and the heartbeat. False when the run is no longer this process's to run. */
export async function saveProgress(db: PrismaClient, runId: string, owner: string, progress: RunProgress): Promise<boolean> {
  const [count] = await db.$transaction([
    db.$executeRawUnsafe(`UPDATE "SyncRun" SET "heartbeatAt" = now(), ${SET_COUNTERS} ${MINE}`, runId, owner, ...counterValues(progress)),
    ...targetUpdates(db, runId, progress),
  ], WRITE_TRANSACTION);
  return count === 1;
}

export async function finishRun(db: PrismaClient, runId: string, owner: string, progress: RunProgress, status: RunStatus, message: string | null): Promise<void> {
  const n = COUNTERS.length + 5;
  await db.$transaction([
    ...targetUpdates(db, runId, progress),
    db.$executeRawUnsafe(
      `UPDATE "SyncRun" SET "heartbeatAt" = now(), "finishedAt" = now(), "status" = $${n}, "message" = $${n + 1}, ${SET_COUNTERS} ${MINE}`,
      runId,
      owner,
      ...counterValues(progress),
      status,
      message,
    ),
  ], WRITE_TRANSACTION);
}

/** Closes runs whose process stopped beating (it died): status abandoned, unfinished targets failed. */
export async function closeAbandonedRuns(db: PrismaClient, staleMs: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "SyncRun" SET "status" = 'abandoned', "finishedAt" = now(),
       "message" = 'abandoned: the process running it stopped (no heartbeat since ' || to_char("heartbeatAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ')'
     WHERE "status" = 'running' AND "heartbeatAt" < now() - make_interval(secs => $1) RETURNING "id"`,
    staleMs / 1000,
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await db.syncRunTarget.updateMany({
      where: { runId: { in: ids }, status: { in: ["pending", "running"] } },
      data: { status: "failed", finishedAt: new Date(), message: "abandoned with its run" },
    });
  }
  return ids;
}
