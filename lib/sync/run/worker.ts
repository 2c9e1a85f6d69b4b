import type { Config } from "@/lib/config";
import type { PrismaClient } from "@/lib/db/client";
import { executeRun } from "./execute-run";
import { claimRun, closeAbandonedRuns } from "./run-store";
import { enqueueDueSync } from "./schedule";
import { createSyncRuntime, type SyncRuntimeOptions } from "./sync-runtime";
import type { RunStatus } from "../types";

export type SyncWorkerOptions = SyncRuntimeOptions & {
  /** How often queued runs are looked for (default 1 s). */
  pollMs?: number;
  /** How often abandoned runs are closed and the schedule is checked (default 30 s). */
  maintenanceMs?: number;
  /** A running run whose heartbeat is older than this is abandoned (default 60 s). */
  staleMs?: number;
  /** Runs executed at once (default 4); more wait queued. */
  maxRuns?: number;
  /** Queue scheduled syncs (default true). */
  schedule?: boolean;
  /** Told when this worker starts a run ("running") and when the run ends (its final status). */
  onRun?: (event: { runId: string; kind: string; status: RunStatus }) => void;
};

export type SyncWorker = { stop(): Promise<void> };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The sync worker: executes queued runs, queues scheduled ones (nobody needs to be signed in),
 * and closes runs abandoned by a dead process, at start and periodically.
 */
export async function startSyncWorker(db: PrismaClient, config: Config, options: SyncWorkerOptions = {}): Promise<SyncWorker> {
  const runtime = await createSyncRuntime(db, config, options);
  const { log } = runtime;
  const staleMs = options.staleMs ?? 60_000;
  const maxRuns = options.maxRuns ?? 4;
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();
  let lastMaintenance = Date.now();

  const maintain = async () => {
    const closed = await closeAbandonedRuns(db, staleMs);
    if (closed.length > 0) log(`sync: closed ${closed.length} abandoned run(s)`);
    if (options.schedule ?? true) {
      const queued = await enqueueDueSync(db, config.schedule);
      if (queued) log(`sync: scheduled ${queued.kind} sync ${queued.runId} queued`);
    }
  };
  const claimNext = async () => {
    while (running.size < maxRuns && !stopping.signal.aborted) {
      const run = await claimRun(db, runtime.owner);
      if (!run) return;
      options.onRun?.({ runId: run.id, kind: run.kind, status: "running" });
      const done: Promise<void> = executeRun(runtime, run, stopping.signal).then(
        (status) => options.onRun?.({ runId: run.id, kind: run.kind, status }),
        (e: unknown) => {
          log(`sync ${run.id}: ${messageOf(e)}`);
          options.onRun?.({ runId: run.id, kind: run.kind, status: "failed" });
        },
      );
      running.add(done);
      void done.finally(() => {
        running.delete(done);
        void tick();
      });
    }
  };
  let ticking: Promise<void> | undefined;
  const tick = (): Promise<void> =>
    (ticking ??= (async () => {
      try {
        if (Date.now() - lastMaintenance >= (options.maintenanceMs ?? 30_000)) {
          lastMaintenance = Date.now();
          await maintain();
        }
        await claimNext();
      } catch (e) {
        log(`sync worker: ${messageOf(e)}`);
      } finally {
        ticking = undefined;
      }
    })());

  try {
    await maintain();
  } catch (e) {
    await runtime.close();
    throw e;
  }
  const timer = setInterval(() => void tick(), options.pollMs ?? 1000);
  void tick();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort(new Error("the sync worker stopped"));
      await ticking;
      await Promise.all(running);
      await runtime.close();
    },
  };
}
