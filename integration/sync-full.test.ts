import { expect, it } from "vitest";
import { describeEachDatabase, type TestDatabase } from "@/lib/db/testing";
import { runSyncHere } from "@/lib/sync";
import { compareWithGroundTruth, fetchGroundTruth } from "@/lib/sync/testing/ground-truth";
import { demoSyncForSuite, type DemoSync } from "./demo-sync";

const INVENTORY = ["KmsKey", "KmsAlias", "KmsGrant", "KeyPolicy", "KeyTag", "KeyRotation", "KeyMaterial"];

/** The sandbox's CloudTrail records of refused calls, per operation: what the customer's trail would show. */
function refusedCalls(demo: DemoSync, errorCode: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const store of demo.sandbox.world.kms.all()) {
    for (const e of demo.sandbox.world.events.stream(store.account, store.region).newestFirst(Number.MAX_SAFE_INTEGER, 0)) {
      if (e.record.errorCode === errorCode) counts.set(e.record.eventName, (counts.get(e.record.eventName) ?? 0) + 1);
    }
  }
  return counts;
}

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

  let refusedBefore: Map<string, number>;

  it("equals the sandbox's ground truth, field by field", async () => {
    refusedBefore = refusedCalls(demo, "UnsupportedOperationException");
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
    const symmetric = keys.filter((k) => k.keySpec === "SYMMETRIC_DEFAULT" && !k.customKeyStoreId);
    expect(keys.some((k) => k.keySpec !== "SYMMETRIC_DEFAULT")).toBe(true);
    expect(symmetric.some((k) => k.origin === "EXTERNAL")).toBe(true);
    expect(ops.GetKeyRotationStatus!.calls).toBe(symmetric.filter((k) => k.origin === "AWS_KMS").length);
    // Imported keys rotate on demand: their key material is listed too.
    expect(ops.ListKeyRotations!.calls).toBe(symmetric.filter((k) => k.origin === "AWS_KMS" || k.origin === "EXTERNAL").length);
    expect(ops.ListResourceTags!.calls).toBe(keys.filter((k) => k.keyManager === "CUSTOMER").length);
    expect(Object.values(ops).every((o) => o.errors === 0)).toBe(true);
    // The first full sync, into an empty database, added no refused call to the trail.
    expect(refusedCalls(demo, "UnsupportedOperationException")).toEqual(refusedBefore);
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
