import { executeRun } from "./execute-run";
import { requestSync, type SyncRequest } from "./request-sync";
import { claimRun } from "./run-store";
import type { SyncRuntime } from "./sync-runtime";
import type { RunStatus } from "../types";

/**
 * Queues a sync and runs it in this process at once (CLI, benchmark, tests). Returns undefined
 * when another process's worker claimed the run first.
 */
export async function runSyncHere(runtime: SyncRuntime, request: SyncRequest, signal?: AbortSignal): Promise<{ runId: string; status: RunStatus | undefined }> {
  const { runId } = await requestSync(request, runtime.db);
  return { runId, status: await runQueuedHere(runtime, runId, signal) };
}

/** Claims a queued run and executes it here; undefined when it is no longer queued. */
export async function runQueuedHere(runtime: SyncRuntime, runId: string, signal?: AbortSignal): Promise<RunStatus | undefined> {
  const run = await claimRun(runtime.db, runtime.owner, runId);
  return run ? executeRun(runtime, run, signal) : undefined;
}
