export type TokenBucketOptions = {
  /** Tokens per second. */
  rate: number;
  /** Capacity: how many calls may go out at once after a quiet period. */
  burst: number;
  /** Slow down after throttles (slowDown()) and recover gradually. */
  adaptive?: boolean;
  now?: () => number;
};

type Waiter = {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  done: boolean;
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
  private queue: Waiter[] = [];
  private head = 0;
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
    let n = 0;
    for (let i = this.head; i < this.queue.length; i++) if (!this.queue[i]!.done) n++;
    return n;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.refill();
    if (!this.skipDone() && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined, done: false };
      if (signal) {
        waiter.onAbort = () => {
          waiter.done = true;
          reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.schedule();
    });
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
    this.tokens = Math.min(this.burst, this.tokens + seconds * this.rate);
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.skipDone()) return;
    const waitMs = Math.max(1, Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    this.timer = setTimeout(() => this.drain(), waitMs);
  }

  private drain(): void {
    this.timer = undefined;
    this.refill();
    while (this.tokens >= 1 && this.skipDone()) {
      const waiter = this.queue[this.head++]!;
      waiter.done = true;
      if (waiter.onAbort) waiter.signal!.removeEventListener("abort", waiter.onAbort);
      this.tokens -= 1;
      waiter.resolve();
    }
    this.compact();
    this.schedule();
  }

  /** Advances past cancelled waiters; true when a live waiter is at the head. */
  private skipDone(): boolean {
    while (this.head < this.queue.length && this.queue[this.head]!.done) this.head++;
    return this.head < this.queue.length;
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
