import { afterEach, describe, expect, it } from "vitest";
import { groundTruth, listKeyIds, sandboxAccess, sorted, type SandboxAccess } from "./aws-sandbox";

let s: SandboxAccess | undefined;
afterEach(() => s?.stop());

type Inventory = Map<string, { state: string; grants: string[]; tags: string[]; policy: string }>;

async function inventory(access: SandboxAccess, limit: number): Promise<Inventory> {
  const kms = access.aws.kms(access.home);
  const ids = await listKeyIds(access.aws, access.home, limit);
  const rows = await Promise.all(
    ids.map(async (KeyId) => {
      const [described, grants, tags, policy] = await Promise.all([
        kms.send("DescribeKey", { KeyId }),
        kms.send("ListGrants", { KeyId }),
        kms.send("ListResourceTags", { KeyId }),
        kms.send("GetKeyPolicy", { KeyId, PolicyName: "default" }),
      ]);
      return [
        KeyId,
        {
          state: described.KeyMetadata!.KeyState!,
          grants: sorted(grants.Grants!.map((g) => g.GrantId!)),
          tags: sorted(tags.Tags!.map((t) => `${t.TagKey}=${t.TagValue}`)),
          policy: policy.Policy!,
        },
      ] as const;
    }),
  );
  return new Map(rows);
}

async function expectMatchesTruth(access: SandboxAccess, got: Inventory) {
  const truth = await groundTruth(access.sandbox, access.home.accountId, access.home.region);
  expect(got.size).toBe(truth.length);
  for (const key of truth) {
    expect(got.get(key.keyId)).toEqual({
      state: key.describeKey.KeyState,
      grants: sorted(key.grants.map((g) => g.GrantId)),
      tags: sorted(key.tags.map((t) => `${t.TagKey}=${t.TagValue}`)),
      policy: key.policy,
    });
  }
}

describe("lib/aws against an unreliable sandbox", () => {
  it("ends with the exact inventory despite throttles, 5xx and connection resets", async () => {
    s = await sandboxAccess({ fleet: "bench:150", quotaScale: 0, faults: "throttle=0.1,error=0.05,reset=0.03,latency=0-20", seed: "faults" });
    await expectMatchesTruth(s, await inventory(s, 20));
    const totals = s.aws.stats.totals();
    const snapshot = s.aws.stats.snapshot();
    expect(totals.errors).toBe(0);
    expect(totals.throttles).toBeGreaterThan(0);
    expect(totals.retries).toBeGreaterThan(totals.throttles);
    expect(totals.requests).toBe(totals.calls + totals.retries);
    console.info(
      `faults: ${totals.calls} calls, ${totals.requests} requests, ${totals.throttles} throttles, ${totals.retries} retries; ` +
        `ListKeys pages ${snapshot["kms:ListKeys"]!.calls}`,
    );
  });

  it("times out slow answers and retries them", async () => {
    // A quarter of the answers come after the timeout (more when this machine is busy): enough
    // attempts that every call gets through however busy it is.
    s = await sandboxAccess({ fleet: "bench:20", quotaScale: 0, faults: "latency=0-1200", seed: "slow" }, { retry: { attemptTimeoutMs: 900, maxAttempts: 20 } });
    await expectMatchesTruth(s, await inventory(s, 100));
    const totals = s.aws.stats.totals();
    expect(totals.errors).toBe(0);
    expect(totals.retries).toBeGreaterThan(0);
    expect(totals.throttles).toBe(0);
    console.info(`latency 0-1200 ms, attempt timeout 900 ms: ${totals.calls} calls, ${totals.retries} timed out and retried`);
  });
});
