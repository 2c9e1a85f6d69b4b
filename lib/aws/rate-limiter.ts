import { quotaFor, type AwsService } from "./quotas";
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
  now?: () => number;
};

export type BucketState = {
  key: string;
  baseRate: number;
  currentRate: number;
  waiting: number;
};

/** One token bucket per (account, Region, quota pool): saturating one never delays another. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.quotaFraction > 0 && options.quotaFraction <= 1)) throw new RangeError("quotaFraction must be in (0, 1]");
  }

  acquire(key: LimiterKey, signal?: AbortSignal): Promise<void> {
    return this.bucket(key).acquire(signal);
  }

  throttled(key: LimiterKey): void {
    this.bucket(key).slowDown();
  }

  /** Requests per second this limiter allows for the key when nothing is throttled. */
  rateFor(key: LimiterKey): number {
    return this.bucket(key).baseRate;
  }

  states(): BucketState[] {
    return [...this.buckets].map(([key, bucket]) => ({
      key,
      baseRate: bucket.baseRate,
      currentRate: bucket.currentRate,
      waiting: bucket.waiting,
    }));
  }

  private bucket(key: LimiterKey): TokenBucket {
    const quota = quotaFor(key.service, key.operation, key.region);
    const id = `${key.accountId}/${key.region}/${key.service}:${quota.pool}`;
    let bucket = this.buckets.get(id);
    if (!bucket) {
      const overrides = this.options.quotaOverrides ?? {};
      const rps = overrides[`${key.service}:${key.operation}`] ?? overrides[`${key.service}:${quota.pool}`] ?? quota.rps;
      const rate = rps * this.options.quotaFraction * (this.options.quotaScale ?? 1);
      bucket = new TokenBucket({
        rate,
        // A tenth of a second of calls: enough to absorb jitter, small enough not to trip AWS.
        burst: Math.max(1, Math.floor(rate / 10)),
        adaptive: this.options.adaptive ?? true,
        now: this.options.now,
      });
      this.buckets.set(id, bucket);
    }
    return bucket;
  }
}
