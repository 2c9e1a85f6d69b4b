import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toSyncRunView, type SyncRunView } from "./sync-run-view";

const include = {
  requestedBy: { select: { name: true, email: true } },
  targets: {
    select: { accountId: true, region: true, status: true, keysListed: true, keysDone: true, listingComplete: true, message: true },
    orderBy: [{ accountId: "asc" as const }, { region: "asc" as const }],
  },
} satisfies Prisma.SyncRunInclude;

/** The most recent runs, newest first, each with its account-region targets. */
export async function listSyncRuns(limit = 20): Promise<SyncRunView[]> {
  const db = getPrisma();
  const runs = await db.syncRun.findMany({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
    include,
  });
  return runs.map(({ targets, ...run }) => toSyncRunView(run, targets));
}

export async function getSyncRun(id: string): Promise<SyncRunView | null> {
  const db = getPrisma();
  const run = await db.syncRun.findUnique({
    where: { id },
    include,
  });
  if (!run) return null;
  const { targets, ...rest } = run;
  return toSyncRunView(rest, targets);
}

/** The newest inventory run (full or incremental) still queued or running: the Sync page follows it. */
export async function getActiveSyncRunId(kinds: string[] = ["full", "incremental"]): Promise<string | null> {
  const db = getPrisma();
  const run = await db.syncRun.findFirst({
    where: { status: { in: ["queued", "running"] }, kind: { in: kinds } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  return run?.id ?? null;
}
