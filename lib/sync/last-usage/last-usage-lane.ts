import { isAwsCallError } from "@/lib/aws";
import { LastUsageQueue, STATE_CHANGED, type LastUsageCandidate } from "./last-usage-queue";
import { chunked } from "../write/sql-rows";
import { UNAVAILABLE } from "../read/optional-operations";
import type { TargetContext } from "../run/sync-context";

type LastUsageRow = { arn: string; lastUsedAt: string | null; lastUsedOperation: string | null; trackingStartAt: string | null; checkedAt: string };

// Besides an unknown operation (OptionalOperations), some endpoints answer
// UnsupportedOperationException for the whole operation.
const NOT_HERE = new Set(["UnsupportedOperationException"]);
const UNAVAILABLE_NOTE = (region: string) => `GetKeyLastUsage is not available in ${region}: last use is unavailable here`;

const UPDATE_SQL = `UPDATE "KmsKey" k SET
  "lastUsedOperation" = CASE WHEN r."lastUsedAt" IS NOT NULL AND (k."lastUsedAt" IS NULL OR r."lastUsedAt" >= k."lastUsedAt") THEN r."lastUsedOperation" ELSE k."lastUsedOperation" END,
  "lastUsedAt" = GREATEST(k."lastUsedAt", r."lastUsedAt"),
  "lastUsageTrackingStartAt" = r."trackingStartAt",
  "lastUsageCheckedAt" = r."checkedAt"
FROM jsonb_to_recordset($1::jsonb) AS r("arn" text, "lastUsedAt" timestamptz, "lastUsedOperation" text, "trackingStartAt" timestamptz, "checkedAt" timestamptz)
WHERE k."arn" = r."arn"`;

/**
 * GetKeyLastUsage beside the other reads, in priority order (LastUsageQueue). When the target's
 * other work is done it stops, except that keys never checked (or whose state just changed) may
 * keep it going until `lastUsageMinMs` after it started: a large sync is never made longer, and a
 * small account-Region gets its missing answers in one sync.
 */
export class LastUsageLane {
  private readonly queue: LastUsageQueue;
  private readonly results: LastUsageRow[] = [];
  private readonly startedAt = Date.now();
  private loops: Promise<void>[] = [];
  private finishing = false;
  private stopped = false;
  private wakers: (() => void)[] = [];

  constructor(private readonly ctx: TargetContext) {
    this.queue = new LastUsageQueue(ctx.now());
  }

  offer(candidate: LastUsageCandidate): void {
    this.queue.offer(candidate);
    this.wake();
  }

  stateChanged(candidate: LastUsageCandidate): void {
    this.queue.stateChanged(candidate);
    this.wake();
  }

  start(): void {
    if (this.ctx.optional.isUnavailable("GetKeyLastUsage")) return;
    for (let i = 0; i < this.ctx.tuning.lastUsageConcurrency; i++) this.loops.push(this.loop());
  }

  /** Lets the lane use what remains of its minimum time, then writes what it learned. */
  async finish(): Promise<number> {
    this.finishing = true;
    this.wake();
    await Promise.all(this.loops);
    for (const rows of chunked(this.results)) await this.ctx.db.$executeRawUnsafe(UPDATE_SQL, JSON.stringify(rows));
    return this.results.length;
  }

  private async loop(): Promise<void> {
    while (!this.stopped && !this.ctx.signal.aborted) {
      const withinMinimum = Date.now() - this.startedAt < this.ctx.tuning.lastUsageMinMs;
      if (this.finishing && !withinMinimum) return;
      const arn = this.queue.next(this.finishing ? STATE_CHANGED : undefined);
      if (arn === undefined) {
        if (this.finishing) return;
        await new Promise<void>((resolve) => this.wakers.push(resolve));
        continue;
      }
      await this.check(arn);
    }
  }

  private async check(arn: string): Promise<void> {
    try {
      const out = await this.ctx.optional.call("GetKeyLastUsage", () => this.ctx.kms.send("GetKeyLastUsage", { KeyId: arn }));
      if (out === UNAVAILABLE) return this.stop(UNAVAILABLE_NOTE(this.ctx.target.region));
      this.results.push({
        arn,
        lastUsedAt: out.KeyLastUsage?.Timestamp?.toISOString() ?? null,
        lastUsedOperation: out.KeyLastUsage?.Operation ?? null,
        trackingStartAt: out.TrackingStartDate?.toISOString() ?? null,
        checkedAt: this.ctx.now().toISOString(),
      });
    } catch (error) {
      if (isAwsCallError(error, "not-found") || isAwsCallError(error, "aborted")) return;
      if (isAwsCallError(error) && NOT_HERE.has(error.code)) {
        this.ctx.optional.markUnavailable("GetKeyLastUsage");
        this.stop(UNAVAILABLE_NOTE(this.ctx.target.region));
        return;
      }
      this.ctx.run.fail(this.ctx.target, error, { operation: "GetKeyLastUsage", keyId: arn.slice(arn.lastIndexOf("/") + 1) });
      // Without the permission every key would fail the same way: one error says it.
      if (isAwsCallError(error, "access-denied")) this.stop();
    }
  }

  private stop(note?: string): void {
    this.stopped = true;
    if (note) this.ctx.progress.update({ message: note });
    this.wake();
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const w of wakers) w();
  }
}
