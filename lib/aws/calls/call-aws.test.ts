import { KMSServiceException } from "@aws-sdk/client-kms";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AwsCallError } from "./aws-error";
import { callAws, DEFAULT_RETRY_POLICY, type CallDeps } from "./call-aws";
import { CallStats } from "./call-stats";
import { RateLimiter } from "../limits/rate-limiter";

const context = { service: "kms" as const, operation: "ListGrants", accountId: "111122223333", region: "eu-west-1" };
const awsError = (name: string, status: number) =>
  new KMSServiceException({ name, $fault: status >= 500 ? "server" : "client", $metadata: { httpStatusCode: status }, message: name });

describe("callAws", () => {
  let stats: CallStats;
  let limiter: RateLimiter;
  let deps: CallDeps;

  beforeEach(() => {
    vi.useFakeTimers();
    stats = new CallStats();
    limiter = new RateLimiter({ quotaFraction: 0.8, now: () => Date.now() });
    deps = { limiter, stats: [stats], policy: { ...DEFAULT_RETRY_POLICY, attemptTimeoutMs: 1000 }, credentialsProven: true, random: () => 0.5 };
  });
  afterEach(() => vi.useRealTimers());

  const failing = (errors: unknown[], result = "ok") => {
    const attempt = vi.fn(async () => {
      const next = errors.shift();
      if (next) throw next;
      return result;
    });
    return attempt;
  };

  it("returns the result and counts one call and one request", async () => {
    await expect(callAws(context, async () => "ok", deps)).resolves.toBe("ok");
    expect(stats.snapshot()["kms:ListGrants"]).toMatchObject({ calls: 1, requests: 1, retries: 0, errors: 0, throttles: 0 });
  });

  it("retries throttles with growing backoff and slows only that operation's bucket", async () => {
    const attempt = failing([awsError("ThrottlingException", 400), awsError("ThrottlingException", 400)]);
    const pending = callAws(context, attempt, deps);
    await vi.advanceTimersByTimeAsync(249);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    // Second backoff: half of 1000 ms with random 0.5.
    await vi.advanceTimersByTimeAsync(500);
    await expect(pending).resolves.toBe("ok");
    expect(stats.snapshot()["kms:ListGrants"]).toMatchObject({ calls: 1, requests: 3, retries: 2, throttles: 2, errors: 0 });
    const rates = Object.fromEntries(limiter.states().map((s) => [s.key, s.currentRate]));
    expect(rates["111122223333/eu-west-1/kms:ListGrants"]).toBeLessThan(80);
    (await limiter.acquire({ ...context, operation: "DescribeKey" }))();
    expect(limiter.states().find((s) => s.key.endsWith("DescribeKey"))!.currentRate).toBe(1600);
  });

  it("retries 5xx, timeouts and resets, then succeeds", async () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    let calls = 0;
    const attempt = vi.fn(async (signal: AbortSignal) => {
      calls++;
      if (calls === 1) throw awsError("KMSInternalException", 500);
      if (calls === 2) throw reset;
      if (calls === 3) return new Promise<string>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      return "ok";
    });
    const pending = callAws(context, attempt, deps);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(pending).resolves.toBe("ok");
    expect(attempt).toHaveBeenCalledTimes(4);
    expect(stats.snapshot()["kms:ListGrants"]).toMatchObject({ requests: 4, retries: 3, throttles: 0, errors: 0 });
  });

  it("does not retry a validation error", async () => {
    const attempt = failing([awsError("ValidationException", 400)]);
    const error = await callAws(context, attempt, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({ kind: "validation", attempts: 1, code: "ValidationException" });
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(stats.snapshot()["kms:ListGrants"]).toMatchObject({ calls: 1, requests: 1, errors: 1, retries: 0 });
  });

  it("gives up after maxAttempts", async () => {
    const attempt = vi.fn(async () => {
      throw awsError("ServiceUnavailableException", 503);
    });
    const pending = callAws(context, attempt, { ...deps, policy: { ...deps.policy, maxAttempts: 3 } }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await pending).toMatchObject({ kind: "server", attempts: 3 });
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it("stops retrying when the caller aborts", async () => {
    const controller = new AbortController();
    const attempt = vi.fn(async () => {
      throw awsError("ThrottlingException", 400);
    });
    const pending = callAws(context, attempt, { ...deps, signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("sync cancelled"));
    expect(await pending).toMatchObject({ kind: "aborted" });
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it("waits for its token before sending", async () => {
    const grants = { ...context, operation: "ListGrants" };
    for (let i = 0; i < 20; i++) (await limiter.acquire(grants))();
    const attempt = vi.fn(async () => "ok");
    const pending = callAws(context, attempt, deps);
    await vi.advanceTimersByTimeAsync(0);
    expect(attempt).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(13);
    await expect(pending).resolves.toBe("ok");
  });
});
