import { setMaxListeners } from "node:events";
import { refreshInventoryStatisticsAfterSync } from "@/lib/db/maintenance/inventory-statistics";
import { fullSync } from "./full-sync";
import { incrementalSync } from "../incremental/incremental-sync";
import { refreshKey } from "../incremental/key-refresh";
import { prepareTargets } from "./prepare-targets";
import { resolveTargets } from "./resolve-targets";
import { RunProgress } from "./run-progress";
import { runOutcome } from "./run-outcome";
import { finishRun, saveProgress, type ClaimedRun } from "./run-store";
import { runTarget, type RunEnv } from "./run-target";
import type { SyncRuntime } from "./sync-runtime";
import type { RunStatus } from "../types";

async function work(env: RunEnv, run: ClaimedRun): Promise<void> {
  if (run.kind === "key") return refreshKey(env, run.scope.keyArn ?? "");
  const targets = await resolveTargets(env.runtime.aws, run.scope);
  await prepareTargets(env, targets);
  if (run.kind === "incremental") return incrementalSync(env, targets);
  await Promise.all(targets.map((t) => runTarget(env, t, fullSync, true)));
}

/**
 * Executes a run this process claimed: all its account-Regions in parallel, progress and a
 * heartbeat written every few seconds, then the final status. Returns that status.
 */
export async function executeRun(runtime: SyncRuntime, run: ClaimedRun, outer?: AbortSignal): Promise<RunStatus> {
  const { db, owner } = runtime;
  const closedElsewhere = new AbortController();
  const signal = outer ? AbortSignal.any([outer, closedElsewhere.signal]) : closedElsewhere.signal;
  setMaxListeners(0, signal);
  const progress = new RunProgress();
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    saving = saving
      .then(() => saveProgress(db, run.id, owner, progress))
      .then(
        (mine) => {
          if (!mine) closedElsewhere.abort(new Error("the run was closed by another process"));
        },
        (error: unknown) => runtime.log(`sync ${run.id}: could not save progress: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  const beat = setInterval(save, runtime.heartbeatMs);
  let failure: unknown;
  try {
    await work({ runId: run.id, runtime, progress, signal }, run);
  } catch (error) {
    failure = error;
  } finally {
    clearInterval(beat);
    await saving;
  }
  if (closedElsewhere.signal.aborted) return "abandoned";
  let outcome = runOutcome(progress, signal.aborted);
  if (failure !== undefined && !signal.aborted) {
    const message = failure instanceof Error ? failure.message : String(failure);
    progress.addError({ code: failure instanceof Error ? failure.name : "Error", message });
    outcome = { status: "failed", message };
  }
  await finishRun(db, run.id, owner, progress, outcome.status, outcome.message);
  // The keys table's plans need statistics, and the embedded database has no autovacuum to keep them.
  if (run.kind === "full" && outcome.status !== "failed") await refreshInventoryStatisticsAfterSync(db);
  runtime.log(`sync ${run.id} (${run.kind}): ${outcome.status}${outcome.message ? ` — ${outcome.message}` : ""}`);
  return outcome.status;
}
