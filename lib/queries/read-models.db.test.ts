import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { getKeyDetail } from "./key-detail/get-key-detail";
import { getOverviewCounts } from "./overview/overview-counts";
import { getRegionOverview } from "./regions/region-overview";
import { getActiveSyncRunId, getSyncRun, listSyncRuns } from "./sync/list-sync-runs";
import { seedInventory } from "./testing/seed-inventory";

const now = new Date("2026-11-01T00:00:00Z");

describeEachDatabase("read models", (db) => {
  beforeAll(async () => {
    await seedInventory(db.prisma, { keys: 400, seed: 5, now, policies: true });
  });

  it("counts keys per region by KeyState and KeyManager, and multi-Region replicas per region pair", async () => {
    const overview = await getRegionOverview();
    const total = await db.prisma.kmsKey.count({ where: { deletedAt: null } });
    expect(overview.regions.reduce((n, r) => n + r.total, 0)).toBe(total);
    for (const r of overview.regions) {
      expect(Object.values(r.byState).reduce((a, b) => a + b, 0)).toBe(r.total);
      expect(Object.values(r.byManager).reduce((a, b) => a + b, 0)).toBe(r.total);
    }
    const replicas = await db.prisma.kmsKey.count({ where: { multiRegionKeyType: "REPLICA" } });
    expect(replicas).toBeGreaterThan(0);
    expect(overview.links.reduce((n, l) => n + l.keys, 0)).toBe(replicas);
    expect(overview.links.every((l) => l.primaryRegion !== l.replicaRegion)).toBe(true);
  });

  it("counts the overview's dimensions from the same keys", async () => {
    const counts = await getOverviewCounts();
    for (const dim of [counts.byAccount, counts.byRegion, counts.byState, counts.byManager, counts.byRotation]) {
      expect(dim.reduce((n, c) => n + c.keys, 0)).toBe(counts.total);
    }
    expect(counts.byAccount[0]).toMatchObject({ label: expect.any(String), detail: expect.stringMatching(/^\d{12}$/) });
    expect(counts.byRotation.map((r) => r.name).sort()).toEqual(["off", "on", "unsupported"]);
  });

  it("describes one key with its grants, formatted policy and multi-Region siblings, and nothing internal", async () => {
    const replica = await db.prisma.kmsKey.findFirstOrThrow({ where: { multiRegionKeyType: "REPLICA" } });
    const detail = (await getKeyDetail(replica.arn))!;
    expect(detail.multiRegion?.type).toBe("REPLICA");
    expect(detail.multiRegion?.primary).toMatchObject({ arn: replica.primaryKeyArn, inInventory: true });
    expect(detail.multiRegion?.replicas.map((r) => r.arn)).toContain(replica.arn);
    expect(detail.policies[0]?.formatted).toContain('\n  "Statement": [');
    expect(detail.lastReadAt).toBe(now.toISOString());
    expect(detail).not.toHaveProperty("contentHash");
    expect(detail).not.toHaveProperty("searchText");
    const granted = await db.prisma.kmsGrant.findFirstOrThrow({ where: { constraints: { not: { equals: null } } } });
    const withGrants = (await getKeyDetail(granted.keyArn))!;
    const grant = withGrants.grants.find((g) => g.grantId === granted.grantId)!;
    expect(grant.constraints[0]).toMatchObject({ kind: "EncryptionContextSubset", context: expect.any(Object) });
    expect(await getKeyDetail("arn:aws:kms:eu-west-1:111122223333:key/none")).toBeNull();
  });

  it("reads sync runs defensively: odd operations and errors JSON do not break the page", async () => {
    const run = await db.prisma.syncRun.create({
      data: {
        kind: "full",
        trigger: "manual",
        status: "running",
        totalUnits: 4,
        doneUnits: 1,
        operations: { ListKeys: { calls: 3, throttles: 1, errors: 0 }, ListGrants: "nonsense" },
        errors: [{ accountId: "111122223333", region: "eu-west-1", operation: "ListGrants", code: "AccessDeniedException", message: "no" }, 42],
        targets: { create: [{ accountId: "111122223333", region: "eu-west-1", status: "running", keysListed: 10, keysDone: 4 }] },
      },
    });
    const view = (await getSyncRun(run.id))!;
    expect(view.operations).toEqual([
      { name: "ListKeys", calls: 3, throttles: 1, errors: 0 },
      { name: "ListGrants", calls: 0, throttles: 0, errors: 0 },
    ]);
    expect(view.errors).toHaveLength(1);
    expect(view.errorCount).toBe(2);
    expect(view.targets).toEqual([expect.objectContaining({ region: "eu-west-1", keysListed: 10, keysDone: 4 })]);
    expect(await getActiveSyncRunId()).toBe(run.id);
    expect((await listSyncRuns()).map((r) => r.id)).toEqual([run.id]);
  });
});
