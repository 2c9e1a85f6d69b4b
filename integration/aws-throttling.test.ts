import { afterEach, describe, expect, it } from "vitest";
import { groundTruth, listKeyIds, sandboxAccess, sorted, type SandboxAccess } from "./aws-sandbox";

let s: SandboxAccess | undefined;
afterEach(() => s?.stop());

async function listAllGrants(access: SandboxAccess, keyIds: string[]): Promise<Map<string, string[]>> {
  const kms = access.aws.kms(access.home);
  const entries = await Promise.all(
    keyIds.map(async (KeyId) => {
      const page = await kms.send("ListGrants", { KeyId, Limit: 100 });
      return [KeyId, sorted(page.Grants!.map((g) => g.GrantId!))] as const;
    }),
  );
  return new Map(entries);
}

describe("lib/aws against the sandbox's quotas", () => {
  it("stays under the quota it is told about: no throttles at all", async () => {
    s = await sandboxAccess({ fleet: "bench:60", quotaScale: 0.2 }, { quotaScale: 0.2 });
    const ids = await listKeyIds(s.aws, s.home);
    await listAllGrants(s, ids);
    expect(s.aws.stats.snapshot()["kms:ListGrants"]).toMatchObject({ calls: 60, requests: 60, throttles: 0, errors: 0 });
  });

  it("recovers through retries and slows down when AWS's quota is lower than assumed", async () => {
    // The sandbox allows ListGrants 10 rps; the limiter believes 80 rps until throttles say otherwise.
    s = await sandboxAccess({ fleet: "bench:100", quotaScale: 0.1 });
    const ids = await listKeyIds(s.aws, s.home);
    const truth = await groundTruth(s.sandbox, s.home.accountId, s.home.region);
    const started = performance.now();
    const grants = await listAllGrants(s, ids);
    const seconds = (performance.now() - started) / 1000;
    for (const key of truth) expect(grants.get(key.keyId)).toEqual(sorted(key.grants.map((g) => g.GrantId)));
    const stats = s.aws.stats.snapshot()["kms:ListGrants"]!;
    expect(stats).toMatchObject({ calls: 100, errors: 0 });
    expect(stats.throttles).toBeGreaterThan(0);
    expect(stats.requests).toBe(100 + stats.retries);
    const bucket = s.aws.limiter.states().find((b) => b.key.endsWith("kms:ListGrants"))!;
    expect(bucket.currentRate).toBeLessThan(bucket.baseRate);
    console.info(
      `ListGrants ×100 at a 10 rps sandbox quota (limiter assumed 80): ${seconds.toFixed(1)} s, ` +
        `${stats.throttles} throttles, ${stats.retries} retries, limiter slowed to ${bucket.currentRate.toFixed(1)} rps`,
    );
  });
});
