import { performance } from "node:perf_hooks";

/** A bucket that holds one second of burst and refills continuously, by wall-clock time. */
export class TokenBucket {
  private tokens: number;
  private updated = performance.now();

  constructor(private readonly ratePerSecond: number) {
    this.tokens = Math.max(ratePerSecond, 1);
  }

  take(): boolean {
    const now = performance.now();
    const capacity = Math.max(this.ratePerSecond, 1);
    this.tokens = Math.min(capacity, this.tokens + ((now - this.updated) / 1000) * this.ratePerSecond);
    this.updated = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
