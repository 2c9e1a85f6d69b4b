export type BackoffPolicy = {
  /** First retry's ceiling for 5xx, timeouts and network errors. */
  baseMs: number;
  /** First retry's ceiling after a throttle: AWS needs longer to let the rate fall. */
  throttleBaseMs: number;
  capMs: number;
};

// The AWS SDKs' standard retry mode uses the same bases (100 ms, 500 ms for throttles) and cap.
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 100, throttleBaseMs: 500, capMs: 20_000 };

/**
 * "Full jitter" exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * a uniform delay in [0, min(cap, base × 2^(failedAttempts − 1))).
 */
export function backoffDelay(
  failedAttempts: number,
  throttled: boolean,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const base = throttled ? policy.throttleBaseMs : policy.baseMs;
  const ceiling = Math.min(policy.capMs, base * 2 ** Math.max(0, failedAttempts - 1));
  return Math.floor(random() * ceiling);
}
