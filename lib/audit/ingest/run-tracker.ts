import os from "node:os";
import type { PrismaClient } from "@/lib/db/client";
import { finishIngestRun, heartbeat, startIngestRun } from "./ingest-run";
import type { IngestProgress, OnProgress } from "./progress";
import type { IngestCounts, IngestSourceKind, IngestSummary, IngestTrigger } from "../types";

const HEARTBEAT_MS = 5_000;
export const OWNER = `${os.hostname()}:${process.pid}`;
const PROGRESS_MS = 250;

/**
 * One IngestRun row kept current: progress goes to the caller often and to the database every few
 * seconds (the heartbeat that tells a live run from a dead one), then the summary at the end.
 */
export class RunTracker {
  private timer: NodeJS.Timeout | undefined;
  private lastReport = 0;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: PrismaClient,
    readonly runId: string,
    readonly startedAt: Date,
    private readonly source: IngestSourceKind,
    private readonly snapshot: () => Omit<IngestProgress, "runId" | "owner" | "source" | "elapsedMs">,
    private readonly onProgress?: OnProgress,
  ) {}

  static async start(
    db: PrismaClient,
    source: IngestSourceKind,
    trigger: IngestTrigger,
    snapshot: () => Omit<IngestProgress, "runId" | "owner" | "source" | "elapsedMs">,
    onProgress?: OnProgress,
  ): Promise<RunTracker> {
    const run = await startIngestRun(db, source, trigger, OWNER);
    const tracker = new RunTracker(db, run.id, run.startedAt, source, snapshot, onProgress);
    tracker.timer = setInterval(() => tracker.beat(), HEARTBEAT_MS);
    tracker.timer.unref();
    return tracker;
  }

  progress(): IngestProgress {
    return { runId: this.runId, owner: OWNER, source: this.source, elapsedMs: Date.now() - this.startedAt.getTime(), ...this.snapshot() };
  }

  /** Tells the caller, at most every 250 ms unless forced. */
  report(force = false): void {
    if (!this.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastReport < PROGRESS_MS) return;
    this.lastReport = now;
    this.onProgress(this.progress());
  }

  async finish(status: "succeeded" | "failed", message?: string): Promise<IngestSummary> {
    clearInterval(this.timer);
    await this.writing;
    const progress = this.progress();
    this.report(true);
    const finishedAt = await finishIngestRun(this.db, this.runId, status, progress, message);
    return summaryOf(this.runId, status, this.startedAt, finishedAt, progress.counts, message);
  }

  private beat(): void {
    this.writing = this.writing.then(() => heartbeat(this.db, this.runId, this.progress())).catch(() => {
      // a missed heartbeat is retried at the next tick; the run itself goes on
    });
  }
}

function summaryOf(runId: string, status: "succeeded" | "failed", startedAt: Date, finishedAt: Date, counts: IngestCounts, message?: string): IngestSummary {
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  const records = counts.ingested + counts.duplicates + counts.quarantined + counts.skipped;
  return {
    ...counts,
    runId,
    status,
    startedAt,
    finishedAt,
    durationMs,
    recordsPerSecond: durationMs > 0 ? Math.round((records / durationMs) * 1000) : 0,
    ...(message ? { message } : {}),
  };
}
