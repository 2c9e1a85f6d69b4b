import { sleep, withTimeout } from "./abortable";
import { AwsCallError, classifyAwsError, isRetryable, type AwsCallContext, type ErrorClass } from "./aws-error";
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from "./backoff";
import type { CallStats, OperationStats } from "./call-stats";
import type { RateLimiter } from "../limits/rate-limiter";

export type RetryPolicy = {
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Limit on each attempt, from sending the request to its response; the limiter's queue is not counted. */
  attemptTimeoutMs: number;
  backoff: BackoffPolicy;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, attemptTimeoutMs: 15_000, backoff: DEFAULT_BACKOFF };

export type CallDeps = {
  limiter: RateLimiter;
  /** Every set of counters this call is recorded in (the process-wide one, a sync run's own…). */
  stats: readonly CallStats[];
  policy: RetryPolicy;
  /** STS already accepted these credentials elsewhere, so an "unrecognized token" means a disabled Region. */
  credentialsProven: boolean;
  signal?: AbortSignal;
  random?: () => number;
};

/**
 * One AWS call: every attempt takes a token from the (account, Region, operation) bucket, runs
 * under a timeout, and is retried with full-jitter backoff while the failure is transient.
 */
export async function callAws<T>(context: AwsCallContext, attempt: (signal: AbortSignal) => Promise<T>, deps: CallDeps): Promise<T> {
  const counters = deps.stats.map((s) => s.counters(context.service, context.operation));
  const add = (field: keyof OperationStats, n = 1) => {
    for (const c of counters) c[field] += n;
  };
  const fail = (classified: ErrorClass, attempts: number, cause: unknown) => {
    add("errors");
    return new AwsCallError(context, classified, attempts, cause);
  };
  const aborted = (cause: unknown): ErrorClass => ({
    kind: "aborted",
    code: "AbortError",
    httpStatus: undefined,
    requestId: undefined,
    message: cause instanceof Error ? cause.message : "aborted",
  });

  add("calls");
  for (let n = 1; ; n++) {
    let release: () => void;
    try {
      release = await deps.limiter.acquire(context, deps.signal);
    } catch (cause) {
      throw fail(aborted(cause), n - 1, cause);
    }
    add("requests");
    const started = performance.now();
    try {
      const result = await withTimeout(attempt, deps.policy.attemptTimeoutMs, deps.signal);
      add("latencyMsSum", performance.now() - started);
      release();
      return result;
    } catch (error) {
      add("latencyMsSum", performance.now() - started);
      release();
      // Credentials for the call failed (AssumeRole already retried): report that call's error.
      if (error instanceof AwsCallError && !deps.signal?.aborted) {
        add("errors");
        throw error;
      }
      const classified = deps.signal?.aborted ? aborted(error) : classifyAwsError(error, deps.credentialsProven);
      const throttled = classified.kind === "throttled";
      if (throttled) {
        add("throttles");
        deps.limiter.throttled(context);
      }
      if (!isRetryable(classified.kind) || n >= deps.policy.maxAttempts) throw fail(classified, n, error);
      add("retries");
      try {
        await sleep(backoffDelay(n, throttled, deps.policy.backoff, deps.random), deps.signal);
      } catch (cause) {
        throw fail(aborted(cause), n, cause);
      }
    }
  }
}
