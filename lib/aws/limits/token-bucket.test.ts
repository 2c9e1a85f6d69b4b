import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TokenBucket } from "./token-bucket";

const now = () => Date.now();

describe("TokenBucket", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets the burst through at once, then paces at the rate", async () => {
    const bucket = new TokenBucket({ rate: 10, burst: 2, now });
    const granted: number[] = [];
    const start = Date.now();
    const all = Array.from({ length: 12 }, () => bucket.acquire().then(() => granted.push(Date.now() - start)));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(all);
    expect(granted).toHaveLength(12);
    expect(granted.at(-1)).toBe(1000);
    for (let i = 3; i < granted.length; i++) expect(granted[i]! - granted[i - 1]!).toBe(100);
  });

  it("serves waiters first-in, first-out", async () => {
    const bucket = new TokenBucket({ rate: 5, burst: 1, now });
    const order: number[] = [];
    const all = [0, 1, 2, 3, 4].map((i) => bucket.acquire().then(() => order.push(i)));
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(all);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps one timer for the whole queue instead of polling", async () => {
    const bucket = new TokenBucket({ rate: 1, burst: 1, now });
    void bucket.acquire();
    for (let i = 0; i < 100; i++) void bucket.acquire();
    expect(vi.getTimerCount()).toBe(1);
    expect(bucket.waiting).toBe(100);
  });

  it("drops an aborted waiter and gives its turn to the next", async () => {
    const bucket = new TokenBucket({ rate: 1, burst: 1, now });
    await bucket.acquire();
    const controller = new AbortController();
    const aborted = bucket.acquire(controller.signal);
    const next = bucket.acquire();
    controller.abort(new Error("stop"));
    await expect(aborted).rejects.toThrow("stop");
    let nextAt = -1;
    void next.then(() => (nextAt = Date.now()));
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(1000);
    expect(nextAt - start).toBe(1000);
    expect(bucket.waiting).toBe(0);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const bucket = new TokenBucket({ rate: 1, burst: 1, now });
    await expect(bucket.acquire(AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });

  it("keeps its rate when its timer fires late on a busy event loop", async () => {
    const bucket = new TokenBucket({ rate: 4, burst: 1, now });
    let granted = 0;
    for (let i = 0; i < 40; i++) void bucket.acquire().then(() => granted++);
    const start = Date.now();
    while (Date.now() - start < 5000) {
      // Every timer runs 100 ms after it was due.
      vi.setSystemTime(Date.now() + 100);
      await vi.advanceTimersToNextTimerAsync();
    }
    expect(granted).toBeGreaterThanOrEqual(20);
    expect(granted).toBeLessThanOrEqual(22);
  });

  it("halves its rate after a throttle, once per window, and recovers", async () => {
    const bucket = new TokenBucket({ rate: 100, burst: 1, adaptive: true, now });
    bucket.slowDown();
    bucket.slowDown();
    expect(bucket.currentRate).toBe(50);
    await vi.advanceTimersByTimeAsync(1000);
    expect(bucket.currentRate).toBeCloseTo(60);
    bucket.slowDown();
    expect(bucket.currentRate).toBeCloseTo(30);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bucket.currentRate).toBe(100);
  });

  it("never slows below 5% of its rate", () => {
    const bucket = new TokenBucket({ rate: 100, burst: 1, adaptive: true, now });
    for (let i = 0; i < 20; i++) {
      bucket.slowDown();
      vi.setSystemTime(Date.now() + 1000);
    }
    expect(bucket.currentRate).toBeGreaterThanOrEqual(5);
  });

  it("ignores throttles when not adaptive", () => {
    const bucket = new TokenBucket({ rate: 100, burst: 1, now });
    bucket.slowDown();
    expect(bucket.currentRate).toBe(100);
  });

  it("rejects a zero rate", () => {
    expect(() => new TokenBucket({ rate: 0, burst: 1 })).toThrow(RangeError);
  });
});
