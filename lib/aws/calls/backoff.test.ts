import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_BACKOFF } from "./backoff";

describe("backoffDelay", () => {
  const max = (attempt: number, throttled: boolean) => backoffDelay(attempt, throttled, DEFAULT_BACKOFF, () => 0.999999);

  it("doubles the ceiling with each failed attempt", () => {
    expect([1, 2, 3, 4].map((a) => max(a, false))).toEqual([99, 199, 399, 799]);
    expect([1, 2, 3].map((a) => max(a, true))).toEqual([499, 999, 1999]);
  });

  it("never exceeds the cap", () => {
    expect(max(30, true)).toBeLessThan(DEFAULT_BACKOFF.capMs);
    expect(max(1000, false)).toBeLessThan(DEFAULT_BACKOFF.capMs);
  });

  it("can be zero (full jitter spreads retries from nothing to the ceiling)", () => {
    expect(backoffDelay(5, true, DEFAULT_BACKOFF, () => 0)).toBe(0);
  });

  it("stays inside the bounds for random draws", () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      for (let i = 0; i < 200; i++) {
        const d = backoffDelay(attempt, i % 2 === 0);
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, (i % 2 === 0 ? 500 : 100) * 2 ** (attempt - 1));
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(ceiling);
      }
    }
  });
});
