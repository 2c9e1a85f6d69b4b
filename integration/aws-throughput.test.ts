import { afterEach, describe, expect, it } from "vitest";
import type { KmsClient } from "@/lib/aws";
import { listKeyIds, sandboxAccess, type SandboxAccess } from "./aws-sandbox";

let s: SandboxAccess | undefined;
afterEach(() => s?.stop());

const perKey = {
  DescribeKey: (kms: KmsClient, KeyId: string) => kms.send("DescribeKey", { KeyId }),
  GetKeyPolicy: (kms: KmsClient, KeyId: string) => kms.send("GetKeyPolicy", { KeyId, PolicyName: "default" }),
  GetKeyRotationStatus: (kms: KmsClient, KeyId: string) => kms.send("GetKeyRotationStatus", { KeyId }),
  ListResourceTags: (kms: KmsClient, KeyId: string) => kms.send("ListResourceTags", { KeyId }),
  ListGrants: (kms: KmsClient, KeyId: string) => kms.send("ListGrants", { KeyId, Limit: 100 }),
  ListKeyRotations: (kms: KmsClient, KeyId: string) => kms.send("ListKeyRotations", { KeyId, Limit: 1000 }),
};
type Operation = keyof typeof perKey;
const OPERATIONS = Object.keys(perKey) as Operation[];

const limitOf = (access: SandboxAccess, operation: string) => access.aws.limiter.rateFor({ ...access.home, service: "kms", operation });

describe("lib/aws throughput against the sandbox", () => {
  it("lets every operation type run at its own limit at the same time", async () => {
    // Quotas scaled to a twentieth (both sides) so this shared machine can serve every limit at once.
    s = await sandboxAccess({ fleet: "bench:200", quotaScale: 0.05 }, { quotaScale: 0.05 });
    const kms = s.aws.kms(s.home);
    const ids = await listKeyIds(s.aws, s.home);
    const seconds = 5;
    const warmUp = 1;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const completions = Object.fromEntries(OPERATIONS.map((op) => [op, [] as number[]])) as Record<Operation, number[]>;
    await Promise.all(
      OPERATIONS.flatMap((operation) => {
        const workers = Math.ceil(limitOf(s!, operation)) + 4;
        return Array.from({ length: workers }, async (_, w) => {
          for (let i = w; performance.now() < deadline; i += workers) {
            await perKey[operation](kms, ids[i % ids.length]!);
            completions[operation].push(performance.now() - started);
          }
        });
      }),
    );
    const rows = OPERATIONS.map((operation) => {
      const inWindow = completions[operation].filter((t) => t >= warmUp * 1000 && t <= seconds * 1000).length;
      return { operation, limit: limitOf(s!, operation), achieved: inWindow / (seconds - warmUp) };
    });
    const stats = s.aws.stats.snapshot();
    console.info(
      [
        `all six operation types at once for ${seconds} s (quotas × 0.05, limiter at 80%), rate over the last ${seconds - warmUp} s:`,
        ...rows.map(
          (r) =>
            `  ${r.operation.padEnd(21)} limit ${r.limit.toFixed(1).padStart(6)} rps  achieved ${r.achieved.toFixed(1).padStart(6)} rps  throttles ${stats[`kms:${r.operation}`]!.throttles}`,
        ),
      ].join("\n"),
    );
    // Never above a limit, never throttled. How close the fast operations come depends on what
    // else this shared machine runs; the low-quota ones go first and reach theirs regardless.
    for (const r of rows) {
      expect(r.achieved).toBeLessThan(1.1 * r.limit);
      expect(stats[`kms:${r.operation}`]!.throttles).toBe(0);
    }
    for (const r of rows.filter((x) => x.limit < 10)) expect(r.achieved).toBeGreaterThan(0.75 * r.limit);
  });

  it("keeps ListGrants and ListKeyRotations at their limits through a sync-shaped load at AWS's real quotas", async () => {
    const keys = 600;
    s = await sandboxAccess({ fleet: `bench:${keys}`, quotaScale: 1 });
    const kms = s.aws.kms(s.home);
    const ids = await listKeyIds(s.aws, s.home);
    const started = performance.now();
    const finished = {} as Record<Operation, number>;
    await Promise.all(
      OPERATIONS.map(async (operation) => {
        await Promise.all(ids.map((id) => perKey[operation](kms, id)));
        finished[operation] = (performance.now() - started) / 1000;
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const stats = s.aws.stats.snapshot();
    console.info(
      [
        `${keys} keys, six calls each, all operation types at once (limiter at 80% of AWS's quotas): ${wall.toFixed(2)} s`,
        `quota floor (ListGrants at AWS's 100 rps): ${(keys / 100).toFixed(2)} s → ${(wall / (keys / 100)).toFixed(2)}× the floor`,
        ...OPERATIONS.map(
          (op) =>
            `  ${op.padEnd(21)} limit ${limitOf(s!, op).toFixed(0).padStart(5)} rps  achieved ${(keys / finished[op]).toFixed(0).padStart(5)} rps  done at ${finished[op].toFixed(2)} s  throttles ${stats[`kms:${op}`]!.throttles}`,
        ),
      ].join("\n"),
    );
    for (const op of OPERATIONS) expect(stats[`kms:${op}`]).toMatchObject({ calls: keys, errors: 0, throttles: 0 });
    // At their limit on a quiet machine (see the numbers printed); a loose bound here, since
    // other work on this machine can take the CPU both the sandbox and this process need.
    for (const op of ["ListGrants", "ListKeyRotations"] as const) {
      expect(keys / finished[op]).toBeGreaterThan(0.6 * limitOf(s, op));
      expect(keys / finished[op]).toBeLessThan(1.1 * limitOf(s, op));
    }
  });
});
