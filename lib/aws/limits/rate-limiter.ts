import { socketsFor } from "../clients/http-handler";
import { PriorityGate, type GateLane } from "./priority-gate";
import { quotaFor, type AwsService } from "./quotas";
import { Semaphore } from "./semaphore";
import { TokenBucket } from "./token-bucket";

export type LimiterKey = {
  accountId: string;
  region: string;
  service: AwsService;
  operation: string;
};

export type RateLimiterOptions = {
  /** Share of AWS's quota Keywarden may use; the rest stays for other callers in the account. */
  quotaFraction: number;
  /** Multiplies every quota, e.g. for a sandbox whose quotas are scaled down. */
  quotaScale?: number;
  /** Raised (or lowered) quotas of this deployment, keyed "service:Operation" or "service:Pool". */
  quotaOverrides?: Readonly<Record<string, number>>;
  adaptive?: boolean;
  /** Calls in flight at once, all pools together. */
  maxInFlight?: number;
  /** Calls in flight at once in one pool (and its connections). */
  maxSockets?: number;
  now?: () => number;
};

// Enough for several thousand calls per second at AWS's usual latencies; more would mostly open
// connections faster than a busy host accepts them.
export const DEFAULT_MAX_IN_FLIGHT = 128;

export type BucketState = {
  key: string;
  baseRate: number;
  currentRate: number;
  burst: number;
  /** Calls waiting for a slot or a token. */
  waiting: number;
  inFlight: number;
  maxInFlight: number;
};

type Pool = { slots: Semaphore; bucket: TokenBucket; gate: GateLane };

/**
 * One token bucket per (account, Region, quota pool): saturating one never delays another.
 *
 * Calls in flight are bounded per pool (its sockets) and in all. A pool released faster than the
 * endpoint answers waits here, in its own line, not in sockets and event-loop queues where its
 * backlog would delay other pools and later reach AWS as a burst. When this process or the
 * endpoint is saturated, the pools with the lowest quotas go first: they can only ask for their
 * few calls per second, and they set the length of a sync (ListGrants at 80 per second), while
 * DescribeKey's 1,600 per second share what is left.
 */
export class RateLimiter {
  private readonly pools = new Map<string, Pool>();
  private readonly gate: PriorityGate;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.quotaFraction > 0 && options.quotaFraction <= 1)) throw new RangeError("quotaFraction must be in (0, 1]");
    this.gate = new PriorityGate(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  }

  /**
   * Takes a slot of the pool, a token, then a slot of the process; call the returned function
   * when the attempt has finished. The pool's slots bound how many calls can hold a token while
   * waiting for the process, so however long they wait, they reach AWS as at most one pool's
   * worth of calls.
   */
  async acquire(key: LimiterKey, signal?: AbortSignal): Promise<() => void> {
    const { slots, bucket, gate } = this.pool(key);
    // STS calls fetch credentials from inside other calls' attempts, which already hold the
    // process's slots: waiting for one could wait forever.
    const gated = key.service !== "sts";
    await slots.acquire(signal);
    try {
      await bucket.acquire(signal);
      if (gated) await this.gate.acquire(gate, signal);
    } catch (error) {
      slots.release();
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (gated) this.gate.release();
      slots.release();
    };
  }

  throttled(key: LimiterKey): void {
    this.pool(key).bucket.slowDown();
  }

  /** Requests per second this limiter allows for the key when nothing is throttled. */
  rateFor(key: LimiterKey): number {
    return this.pool(key).bucket.baseRate;
  }

  /** Calls of the key's pool that may be in flight at once (and connections it needs). */
  maxInFlightFor(key: LimiterKey): number {
    return this.pool(key).slots.limit;
  }

  states(): BucketState[] {
    return [...this.pools].map(([key, { slots, bucket, gate }]) => ({
      key,
      baseRate: bucket.baseRate,
      currentRate: bucket.currentRate,
      burst: bucket.burst,
      waiting: slots.waiting + bucket.waiting + gate.queue.size,
      inFlight: slots.inUse - bucket.waiting - gate.queue.size,
      maxInFlight: slots.limit,
    }));
  }

  private pool(key: LimiterKey): Pool {
    const quota = quotaFor(key.service, key.operation, key.region);
    const id = `${key.accountId}/${key.region}/${key.service}:${quota.pool}`;
    let pool = this.pools.get(id);
    if (!pool) {
      const overrides = this.options.quotaOverrides ?? {};
      const rps = overrides[`${key.service}:${key.operation}`] ?? overrides[`${key.service}:${quota.pool}`] ?? quota.rps;
      const quotaRps = rps * (this.options.quotaScale ?? 1);
      const rate = quotaRps * this.options.quotaFraction;
      const bucket = new TokenBucket({
        rate,
        // A quarter second of calls, so a busy event loop that fires the bucket's timer late loses
        // no tokens; never more than the quota left unused, so a burst plus a second at our rate
        // stays within one second of AWS's quota.
        burst: Math.max(1, Math.min(Math.ceil(rate / 4), Math.floor(quotaRps - rate))),
        adaptive: this.options.adaptive ?? true,
        now: this.options.now,
      });
      pool = { slots: new Semaphore(socketsFor(rate, this.options.maxSockets)), bucket, gate: this.gate.lane(rate) };
      this.pools.set(id, pool);
    }
    return pool;
  }
}
