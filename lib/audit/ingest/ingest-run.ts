import os from "node:os";
import type { PrismaClient } from "@/lib/db/client";
import type { IngestProgress } from "./progress";
import type { IngestCounts, IngestSourceKind, IngestTrigger } from "../types";

// A run whose heartbeat is older than this belongs to a process that died.
export const STALE_AFTER_MS = 2 * 60_000;

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as object;

export async function startIngestRun(db: PrismaClient, source: IngestSourceKind, trigger: IngestTrigger, owner: string): Promise<{ id: string; startedAt: Date }> {
  await abandonStaleRuns(db);
  const now = new Date();
  return db.ingestRun.create({
    data: { source, trigger, status: "running", startedAt: now, heartbeatAt: now, progress: { owner } },
    select: { id: true, startedAt: true },
  });
}

export async function abandonStaleRuns(db: PrismaClient, now = new Date()): Promise<number> {
  const stale = await db.ingestRun.updateMany({
    where: { status: "running", heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    data: { status: "abandoned", finishedAt: now, message: "the process running it stopped" },
  });
  return stale.count;
}

/**
 * Another live run of the same source, if any: its heartbeat is recent, and when it ran on this
 * host its process still exists (a run killed a moment ago is closed as abandoned here).
 */
export async function liveRun(db: PrismaClient, source: IngestSourceKind) {
  const runs = await db.ingestRun.findMany({
    where: { source, status: "running", heartbeatAt: { gte: new Date(Date.now() - STALE_AFTER_MS) } },
    select: { id: true, startedAt: true, progress: true },
  });
  for (const run of runs) {
    const owner = String((run.progress as { owner?: unknown } | null)?.owner ?? "");
    if (!ownerIsGone(owner)) return run;
    await db.ingestRun.update({ where: { id: run.id }, data: { status: "abandoned", finishedAt: new Date(), message: "the process running it stopped" } });
  }
  return undefined;
}

function ownerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(":");
  if (host !== os.hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export async function heartbeat(db: PrismaClient, id: string, progress: IngestProgress): Promise<void> {
  await db.ingestRun.update({ where: { id }, data: { heartbeatAt: new Date(), ...countsOf(progress.counts), progress: json(progress) } });
}

export async function finishIngestRun(
  db: PrismaClient,
  id: string,
  status: "succeeded" | "failed",
  progress: IngestProgress,
  message?: string,
): Promise<Date> {
  const finishedAt = new Date();
  await db.ingestRun.update({
    where: { id },
    data: { status, finishedAt, heartbeatAt: finishedAt, ...countsOf(progress.counts), progress: json(progress), message: message ?? null },
  });
  return finishedAt;
}

const countsOf = (c: IngestCounts) => ({ ingested: c.ingested, duplicates: c.duplicates, quarantined: c.quarantined, skipped: c.skipped });
