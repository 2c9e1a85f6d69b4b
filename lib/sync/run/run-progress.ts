import { CallStats, isAwsCallError, type TargetRef } from "@/lib/aws";
import { targetKey } from "@/lib/aws/targets";
import type { OperationCounters, SyncError, TargetStatus } from "../types";

const MAX_ERRORS = 200;

export class TargetProgress {
  status: TargetStatus = "pending";
  keysListed = 0;
  keysDone = 0;
  listingComplete = false;
  startedAt: Date | null = null;
  finishedAt: Date | null = null;
  message: string | null = null;
  /** Errors recorded against this account-Region in this run. */
  errors = 0;
  /** Changed since the last write to SyncRunTarget. */
  dirty = true;

  constructor(readonly ref: TargetRef) {}

  update(change: Partial<Pick<TargetProgress, "status" | "listingComplete" | "startedAt" | "finishedAt" | "message">>): void {
    Object.assign(this, change);
    this.dirty = true;
  }
}

/** A run's counters while it executes; written to SyncRun and SyncRunTarget by the heartbeat. */
export class RunProgress {
  readonly stats = new CallStats();
  readonly targets = new Map<string, TargetProgress>();
  totalUnits = 0;
  doneUnits = 0;
  keysSeen = 0;
  keysCreated = 0;
  keysUpdated = 0;
  keysDeleted = 0;
  errorCount = 0;
  readonly errors: SyncError[] = [];

  target(ref: TargetRef): TargetProgress {
    let t = this.targets.get(targetKey(ref));
    if (!t) {
      t = new TargetProgress(ref);
      this.targets.set(targetKey(ref), t);
    }
    return t;
  }

  listed(t: TargetProgress, n = 1): void {
    t.keysListed += n;
    this.totalUnits += n;
    t.dirty = true;
  }

  /** A key is finished; `seen` when KMS still has it. */
  done(t: TargetProgress, seen: boolean): void {
    t.keysDone++;
    this.doneUnits++;
    if (seen) this.keysSeen++;
    t.dirty = true;
  }

  addError(error: SyncError): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERRORS) this.errors.push(error);
  }

  /** Records a failed AWS call (or any other failure) against a target. */
  fail(ref: TargetRef, error: unknown, extra: { operation?: string; keyId?: string } = {}): void {
    this.target(ref).errors++;
    const aws = isAwsCallError(error) ? error : undefined;
    this.addError({
      accountId: ref.accountId,
      region: ref.region,
      operation: extra.operation ?? aws?.operation,
      keyId: extra.keyId,
      code: aws?.code ?? (error instanceof Error ? error.name : "Error"),
      message: error instanceof Error ? error.message : String(error),
    });
  }

  operations(): OperationCounters {
    const out: OperationCounters = {};
    for (const [key, s] of Object.entries(this.stats.snapshot())) {
      out[key.slice(key.indexOf(":") + 1)] = { calls: s.calls, throttles: s.throttles, errors: s.errors };
    }
    return out;
  }
}
