import { WaiterQueue } from "./waiter-queue";

export type TokenBucketOptions = {
  /** Tokens per second. */
  rate: number;
  /** Capacity: how many calls may go out at once after a quiet period. */
  burst: number;
  /** Slow down after throttles (slowDown()) and recover gradually. */
  adaptive?: boolean;
  now?: () => number;
};

// A throttle answers a request sent before the previous slow-down took effect, so slow down
// at most once per window; recover linearly so one throttle costs only a few seconds.
const SLOW_DOWN_FACTOR = 0.5;
const SLOW_DOWN_WINDOW_MS = 1000;
const MIN_RATE_FACTOR = 0.05;
const RECOVERY_PER_SECOND = 0.1;

/** A token bucket with a FIFO queue of waiters, woken by one timer (no polling). */
export class TokenBucket {
  readonly baseRate: number;
  readonly burst: number;
  private rate: number;
  private tokens: number;
  private last: number;
  private lastSlowDown = Number.NEGATIVE_INFINITY;
  private readonly queue = new WaiterQueue();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly adaptive: boolean;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.rate > 0) || !(options.burst >= 1)) throw new RangeError("rate must be > 0 and burst >= 1");
    this.baseRate = options.rate;
    this.rate = options.rate;
    this.burst = options.burst;
    this.tokens = options.burst;
    this.adaptive = options.adaptive ?? false;
    this.now = options.now ?? (() => performance.now());
    this.last = this.now();
  }

  get currentRate(): number {
    this.refill();
    return this.rate;
  }

  get waiting(): number {
    return this.queue.size;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.refill();
    if (this.queue.isEmpty && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    const waited = this.queue.wait(signal);
    this.schedule();
    return waited;
  }

  /** Called after AWS throttled a call of this bucket. */
  slowDown(): void {
    if (!this.adaptive) return;
    this.refill();
    const t = this.now();
    if (t - this.lastSlowDown < SLOW_DOWN_WINDOW_MS) return;
    this.lastSlowDown = t;
    this.rate = Math.max(this.baseRate * MIN_RATE_FACTOR, this.rate * SLOW_DOWN_FACTOR);
  }

  private refill(): void {
    const t = this.now();
    const seconds = Math.max(0, (t - this.last) / 1000);
    this.last = t;
    if (this.rate < this.baseRate) {
      this.rate = Math.min(this.baseRate, this.rate + this.baseRate * RECOVERY_PER_SECOND * seconds);
    }
    // While calls wait, one more token may build up: a timer that fires late on a busy event
    // loop then costs no tokens, so a slow pool (4 per second, burst 1) keeps its rate.
    const capacity = this.queue.isEmpty ? this.burst : this.burst + 1;
    this.tokens = Math.min(capacity, this.tokens + seconds * this.rate);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.queue.isEmpty) return;
    const waitMs = Math.max(1, Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    this.timer = setTimeout(() => this.drain(), waitMs);
  }

  private drain(): void {
    this.timer = undefined;
    this.refill();
    while (this.tokens >= 1 && this.queue.wakeOne()) this.tokens -= 1;
    this.schedule();
  }
}
