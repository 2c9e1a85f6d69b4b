import { expect, it } from "vitest";
import { describeEachDatabase, type TestDatabase } from "@/lib/db/testing";
import { runSyncHere } from "@/lib/sync";
import { compareWithGroundTruth, fetchGroundTruth } from "@/lib/sync/testing/ground-truth";
import { demoSyncForSuite } from "./demo-sync";

const INVENTORY = ["KmsKey", "KmsAlias", "KmsGrant", "KeyPolicy", "KeyTag", "KeyRotation"];

/** Every inventory row with its xmin: any insert, update or delete changes this set. */
async function rowVersions(db: TestDatabase): Promise<string[]> {
  const out: string[] = [];
  for (const table of INVENTORY) {
    const rows = await db.query<{ v: string }>(`SELECT ctid::text || '/' || xmin::text AS v FROM "${table}"`);
    out.push(...rows.map((r) => `${table}:${r.v}`));
  }
  return out.sort();
}

describeEachDatabase("full sync of the demo fleet", (db) => {
  const demo = demoSyncForSuite(db);

  it("equals the sandbox's ground truth, field by field", async () => {
    const { runId, status } = await runSyncHere(demo.runtime, { kind: "full", trigger: "cli" });
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId }, include: { targets: true } });
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    const truth = await fetchGroundTruth(demo.sandbox.url);
    expect((await compareWithGroundTruth(db.prisma, truth, { lastUsage: "all" })).slice(0, 20)).toEqual([]);

    expect(run).toMatchObject({ status: "succeeded", kind: "full", keysSeen: truth.keys.length, keysCreated: truth.keys.length, keysDeleted: 0 });
    expect(run.finishedAt!.getTime()).toBeGreaterThanOrEqual(run.startedAt.getTime());
    expect(run.targets).toHaveLength(12);
    expect(run.targets.every((t) => t.status === "succeeded" && t.listingComplete && t.keysDone === t.keysListed)).toBe(true);
    const ops = run.operations as Record<string, { calls: number }>;
    expect(ops.DescribeKey!.calls).toBe(truth.keys.length);
    expect(ops.ListGrants!.calls).toBe(truth.keys.length);
    expect(run.callsTotal).toBe(Object.values(ops).reduce((n, o) => n + o.calls, 0));
    // the keys table's planner statistics are fresh (the embedded database has no autovacuum)
    const [stats] = await db.query<{ reltuples: number }>(`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = '"KmsKey"'::regclass`);
    expect(stats!.reltuples).toBe(truth.keys.length);
  });

  it("never makes a call AWS would refuse for the key type", async () => {
    const run = await db.prisma.syncRun.findFirstOrThrow({ where: { kind: "full" }, orderBy: { startedAt: "desc" } });
    const ops = run.operations as Record<string, { calls: number; errors: number }>;
    const keys = await db.prisma.kmsKey.findMany();
    const rotating = keys.filter((k) => k.keySpec === "SYMMETRIC_DEFAULT" && k.origin === "AWS_KMS").length;
    expect(ops.GetKeyRotationStatus!.calls).toBe(rotating);
    expect(ops.ListKeyRotations!.calls).toBe(rotating);
    expect(ops.ListResourceTags!.calls).toBe(keys.filter((k) => k.keyManager === "CUSTOMER").length);
    expect(Object.values(ops).every((o) => o.errors === 0)).toBe(true);
  });

  it("writes nothing when nothing changed", async () => {
    const before = await rowVersions(db);
    const { runId, status } = await runSyncHere(demo.runtime, { kind: "full", trigger: "cli" });
    expect(status).toBe("succeeded");
    expect(await rowVersions(db)).toEqual(before);
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ keysCreated: 0, keysUpdated: 0, keysDeleted: 0 });
    expect((run.operations as Record<string, unknown>).GetKeyLastUsage).toBeUndefined();
  });
});
