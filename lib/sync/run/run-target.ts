import { setMaxListeners } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { isAwsCallError, isRegionNotEnabled, type AwsTarget } from "@/lib/aws";
import { OptionalOperations } from "../read/optional-operations";
import { recordUnavailableOperations, updateAccountRegion } from "../write/account-regions";
import { ListingIncompleteError } from "./full-sync";
import { targetKey } from "@/lib/aws/targets";
import type { RunProgress } from "./run-progress";
import type { TargetContext } from "./sync-context";
import type { SyncRuntime } from "./sync-runtime";
import type { Lease } from "./target-locks";

export type RunEnv = { runId: string; runtime: SyncRuntime; progress: RunProgress; signal: AbortSignal };

const LOCK_POLL_MS = 2000;
const WAITING = "waiting: another sync of this account-Region is running";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function acquire(env: RunEnv, target: AwsTarget): Promise<Lease> {
  const progress = env.progress.target(target);
  for (;;) {
    const lease = await env.runtime.locks.tryAcquire(targetKey(target));
    if (lease) return lease;
    if (progress.message !== WAITING) progress.update({ message: WAITING });
    await delay(LOCK_POLL_MS * (0.75 + Math.random() / 2), undefined, { signal: env.signal });
  }
}

/**
 * Runs `work` for one account-Region, holding its lock when `lock` (only one sync per
 * account-Region at a time), and records the outcome: succeeded, skipped (the Region is not
 * enabled for the account: AWS refused the call), or failed.
 */
export async function runTarget(env: RunEnv, target: AwsTarget, work: (ctx: TargetContext) => Promise<void>, lock: boolean): Promise<void> {
  const { runtime, progress } = env;
  const { db } = runtime;
  const tp = progress.target(target);
  let lease: Lease | undefined;
  try {
    if (lock) lease = await acquire(env, target);
    const signal = lease ? AbortSignal.any([env.signal, lease.signal]) : env.signal;
    // Every call in flight listens to it.
    setMaxListeners(0, signal);
    tp.update({ status: "running", startedAt: runtime.now(), message: null });
    const kms = runtime.aws.kms(target, { stats: progress.stats, signal });
    const optional = new OptionalOperations();
    await work({ db, aws: runtime.aws, target, kms, run: progress, progress: tp, tuning: runtime.tuning, now: runtime.now, signal, optional });
    await recordUnavailableOperations(db, target, optional);
    tp.update({ status: "succeeded", finishedAt: runtime.now() });
  } catch (error) {
    if (isRegionNotEnabled(error)) {
      tp.update({ status: "skipped", finishedAt: runtime.now(), message: `Region not enabled for this account (${error.code})` });
      await updateAccountRegion(db, target, { status: "skipped", statusMessage: error.message });
      return;
    }
    const interrupted = env.signal.aborted || isAwsCallError(error, "aborted");
    if (!interrupted && !(error instanceof ListingIncompleteError)) progress.fail(target, error);
    tp.update({ status: "failed", finishedAt: runtime.now(), message: interrupted ? "interrupted" : messageOf(error) });
    if (!interrupted) await updateAccountRegion(db, target, { status: "error", statusMessage: messageOf(error) }).catch(() => undefined);
  } finally {
    await lease?.release();
  }
}
