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
    // Requests sent between the end of the warm-up and the deadline, read from the call counters.
    const marks: { at: number; stats: Record<string, { requests: number }> }[] = [];
    const mark = () => marks.push({ at: performance.now(), stats: s!.aws.stats.snapshot() });
    const timers = [setTimeout(mark, warmUp * 1000), setTimeout(mark, seconds * 1000)];
    await Promise.all(
      OPERATIONS.flatMap((operation) => {
        const workers = Math.ceil(limitOf(s!, operation)) + 4;
        return Array.from({ length: workers }, async (_, w) => {
          for (let i = w; performance.now() < deadline; i += workers) await perKey[operation](kms, ids[i % ids.length]!);
        });
      }),
    );
    for (const t of timers) clearTimeout(t);
    const stats = s.aws.stats.snapshot();
    const [from, to] = marks as [(typeof marks)[0], (typeof marks)[0]];
    const bursts = Object.fromEntries(s.aws.limiter.states().map((b) => [b.key.split(":").at(-1)!, b.burst]));
    // Timers fire late on a busy machine: measure the window the two marks actually span.
    const window = (to.at - from.at) / 1000;
    const rows = OPERATIONS.map((operation) => {
      const sent = to.stats[`kms:${operation}`]!.requests - (from.stats[`kms:${operation}`]?.requests ?? 0);
      return { operation, limit: limitOf(s!, operation), achieved: sent / window, burst: bursts[operation]! };
    });
    console.info(
      [
        `all six operation types at once (quotas × 0.05, limiter at 80%), requests sent per second over ${window.toFixed(2)} s after a ${warmUp} s warm-up:`,
        ...rows.map(
          (r) =>
            `  ${r.operation.padEnd(21)} limit ${r.limit.toFixed(1).padStart(6)} rps  achieved ${r.achieved.toFixed(1).padStart(6)} rps  throttles ${stats[`kms:${r.operation}`]!.throttles}`,
        ),
      ].join("\n"),
    );
    // Never above a limit (its burst aside), never throttled, every operation moving. On a quiet
    // machine each runs at its limit (the numbers printed); how close they come here depends on
    // what else this shared machine runs, so that is reported, not asserted.
    for (const r of rows) {
      expect(r.achieved).toBeLessThanOrEqual(r.limit + (r.burst + 1) / window);
      expect(r.achieved).toBeGreaterThan(0);
      expect(stats[`kms:${r.operation}`]!.throttles).toBe(0);
    }
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
