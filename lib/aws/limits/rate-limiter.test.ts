import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimiter, type LimiterKey } from "./rate-limiter";

const key = (operation: string, over: Partial<LimiterKey> = {}): LimiterKey => ({
  accountId: "111122223333",
  region: "eu-west-1",
  service: "kms",
  operation,
  ...over,
});

/** Whether the promise settles without the fake clock moving. */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe("RateLimiter", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const limiter = (options: Partial<ConstructorParameters<typeof RateLimiter>[0]> = {}) =>
    new RateLimiter({ quotaFraction: 0.8, now: () => Date.now(), ...options });

  it("allows quotaFraction of AWS's quota per operation", () => {
    const l = limiter();
    expect(l.rateFor(key("ListGrants"))).toBe(80);
    expect(l.rateFor(key("DescribeKey"))).toBe(1600);
    expect(l.rateFor(key("LookupEvents", { service: "cloudtrail" }))).toBeCloseTo(1.6);
  });

  it("bursts a quarter second, never more than the quota left unused", async () => {
    const burst = async (quotaFraction: number) => {
      const l = limiter({ quotaFraction });
      (await l.acquire(key("ListGrants")))();
      return l.states()[0]!.burst;
    };
    expect(await burst(0.8)).toBe(20);
    expect(await burst(0.5)).toBe(13);
    expect(await burst(0.95)).toBe(5);
    expect(await burst(1)).toBe(1);
  });

  it("applies the scale and per-deployment overrides", () => {
    const l = limiter({ quotaScale: 0.1, quotaOverrides: { "kms:ListGrants": 200 } });
    expect(l.rateFor(key("ListGrants"))).toBe(16);
    expect(l.rateFor(key("ListKeys"))).toBe(40);
  });

  it("does not let a saturated ListGrants queue delay DescribeKey", async () => {
    const l = limiter();
    const grants = Array.from({ length: 800 }, () => l.acquire(key("ListGrants")).then((release) => release()));
    expect(await settlesAtOnce(l.acquire(key("DescribeKey")))).toBe(true);
    expect(await settlesAtOnce(l.acquire(key("ListGrants")))).toBe(false);
    expect(l.states().find((s) => s.key.endsWith("kms:ListGrants"))!.waiting).toBeGreaterThan(700);
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(grants);
  });

  it("runs each operation at its own full rate in parallel", async () => {
    const l = limiter();
    const counts = { ListGrants: 0, DescribeKey: 0, GetKeyPolicy: 0 };
    for (const op of Object.keys(counts) as (keyof typeof counts)[]) {
      for (let i = 0; i < 5000; i++)
        void l.acquire(key(op)).then((release) => {
          counts[op]++;
          release();
        });
    }
    await vi.advanceTimersByTimeAsync(2000);
    // Two seconds at 80% plus the 20% left over as burst: never more than AWS's quota for the window.
    expect(counts.ListGrants).toBe(160 + 20);
    expect(counts.DescribeKey).toBe(3200 + 400);
    expect(counts.GetKeyPolicy).toBe(1600 + 200);
  });

  it("bounds a pool's calls in flight, leaving other pools alone", async () => {
    const l = limiter({ maxSockets: 3 });
    const held = await Promise.all([1, 2, 3].map(() => l.acquire(key("DescribeKey"))));
    let fourth = false;
    void l.acquire(key("DescribeKey")).then(() => (fourth = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(fourth).toBe(false);
    expect(await settlesAtOnce(l.acquire(key("GetKeyPolicy")))).toBe(true);
    held[0]!();
    held[0]!();
    await vi.advanceTimersByTimeAsync(1);
    expect(fourth).toBe(true);
    expect(l.states().find((s) => s.key.endsWith("DescribeKey"))).toMatchObject({ inFlight: 3, maxInFlight: 3 });
  });

  it("sizes a pool's calls in flight for one second at its rate, up to 64", () => {
    const l = limiter();
    expect(l.maxInFlightFor(key("ListGrants"))).toBe(64);
    expect(l.maxInFlightFor(key("ListGrants", { service: "cloudtrail", operation: "LookupEvents" }))).toBe(2);
    expect(l.maxInFlightFor(key("DescribeKey"))).toBe(64);
  });

  it("lets STS through when every slot of the process is taken, since credentials are fetched inside other calls", async () => {
    const l = limiter({ maxInFlight: 1 });
    await l.acquire(key("DescribeKey"));
    expect(await settlesAtOnce(l.acquire(key("GetKeyPolicy")))).toBe(false);
    expect(await settlesAtOnce(l.acquire(key("AssumeRole", { service: "sts" })))).toBe(true);
  });

  it("keeps accounts and Regions apart", async () => {
    const l = limiter();
    for (let i = 0; i < 100; i++) void l.acquire(key("ListGrants"));
    expect(await settlesAtOnce(l.acquire(key("ListGrants")))).toBe(false);
    expect(await settlesAtOnce(l.acquire(key("ListGrants", { region: "us-east-1" })))).toBe(true);
    expect(await settlesAtOnce(l.acquire(key("ListGrants", { accountId: "444455556666" })))).toBe(true);
  });

  it("slows only the throttled key", () => {
    const l = limiter();
    void l.acquire(key("ListGrants"));
    void l.acquire(key("DescribeKey"));
    l.throttled(key("ListGrants"));
    const rate = (op: string) => l.states().find((s) => s.key.endsWith(`:${op}`))!.currentRate;
    expect(rate("ListGrants")).toBe(40);
    expect(rate("DescribeKey")).toBe(1600);
  });

  it("shares one bucket among the symmetric crypto operations", () => {
    const l = limiter();
    void l.acquire(key("Decrypt", { region: "us-east-1" }));
    void l.acquire(key("GenerateDataKey", { region: "us-east-1" }));
    expect(l.states()).toHaveLength(1);
    expect(l.states()[0]!.baseRate).toBe(80_000);
  });

  it("refuses an operation it has no quota for", async () => {
    expect(() => limiter().rateFor(key("CreateKey"))).toThrow(/No request quota/);
    await expect(limiter().acquire(key("CreateKey"))).rejects.toThrow(/No request quota/);
  });
});
