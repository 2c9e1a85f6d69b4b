import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestLookupEvents, refreshTrailCoverage } from "@/lib/audit";
import { rollupsAndRecount } from "@/lib/audit/testing/snapshot";
import { getConfig } from "@/lib/config";
import { describeEachDatabase, type TestDatabase } from "@/lib/db/testing";
import { ORG_ACCOUNTS, ORG_REGIONS, type Sandbox } from "@/sandbox";
import { sandboxAccess, sorted, type SandboxAccess } from "./aws-sandbox";

const DAY = 86_400_000;
const HOME = { accountId: "111122223333", region: "us-east-1" };
const PAYMENTS = { accountId: "444455556666", region: "us-east-1" };

/** The eventIDs of the KMS events LookupEvents can return for an account-Region, from the sandbox's own store. */
function kmsEventIds(sandbox: Sandbox, t: { accountId: string; region: string }): string[] {
  const stream = sandbox.world.events.stream(t.accountId, t.region);
  const events = [...stream.newestFirst(Number.MAX_SAFE_INTEGER, sandbox.world.clock.now() - 90 * DAY)];
  return sorted(events.filter((e) => e.record.eventSource === "kms.amazonaws.com").map((e) => e.record.eventID));
}

async function storedIds(db: TestDatabase, t: { accountId: string; region: string }): Promise<string[]> {
  const rows = await db.query<{ eventId: string }>(`SELECT "eventId" FROM "AuditEvent" WHERE "accountId" = $1 AND region = $2`, [t.accountId, t.region]);
  return sorted(rows.map((r) => r.eventId));
}

const roles = ORG_ACCOUNTS.flatMap((a) => (a.readerRoleArn ? [a.readerRoleArn] : []));

describeEachDatabase("LookupEvents ingestion against the sandbox", (db) => {
  let s: SandboxAccess;
  beforeAll(async () => {
    s = await sandboxAccess({ fleet: "demo", quotaScale: 25 }, { quotaScale: 25, config: { regions: ORG_REGIONS, accountRoles: roles, quotaFraction: 0.95 } });
  });
  afterAll(() => s.stop());

  it("reads every KMS event of an account-Region exactly once, page by page, and finishes the backfill", async () => {
    const summary = await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [HOME.accountId], regions: [HOME.region] });
    const truth = kmsEventIds(s.sandbox, HOME);
    expect(truth.length).toBeGreaterThan(1000);
    expect(await storedIds(db, HOME)).toEqual(truth);
    expect(summary).toMatchObject({ ingested: truth.length, quarantined: 0, skipped: 0, status: "succeeded" });
    const calls = s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!;
    expect(calls.calls).toBeGreaterThanOrEqual(Math.ceil(truth.length / 50));
    const region = await db.prisma.accountRegion.findUniqueOrThrow({ where: { accountId_region: HOME } });
    expect(region.backfillCompletedAt).not.toBeNull();
    expect(region.lookupWatermark).not.toBeNull();
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups).toEqual(recount);
  });

  it("then reads only what is new, re-reading a short overlap", async () => {
    const before = s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!.calls;
    const kms = s.aws.kms(HOME);
    const { Keys = [] } = await kms.send("ListKeys", { Limit: 3 });
    for (const key of Keys) await kms.send("DescribeKey", { KeyId: key.KeyId! });
    const again = await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [HOME.accountId], regions: [HOME.region] });
    expect(again.ingested).toBe(1 + Keys.length);
    expect(await storedIds(db, HOME)).toEqual(kmsEventIds(s.sandbox, HOME));
    expect(s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!.calls - before).toBeLessThan(5);
  });

  it("resumes a stopped backfill where it stopped, and ends with exactly the events there are", async () => {
    await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [PAYMENTS.accountId], regions: [PAYMENTS.region], backfillBudgetMs: 0 });
    const stopped = await db.prisma.accountRegion.findUniqueOrThrow({ where: { accountId_region: PAYMENTS } });
    expect(stopped.backfillCompletedAt).toBeNull();
    expect(stopped.backfillCursor).not.toBeNull();
    const partial = (await storedIds(db, PAYMENTS)).length;
    expect(partial).toBeGreaterThan(0);

    const progress: number[] = [];
    await ingestLookupEvents(db, getConfig(), {
      aws: s.aws,
      accounts: [PAYMENTS.accountId],
      regions: [PAYMENTS.region],
      onProgress: (p) => progress.push(p.targets![0]!.backfillPercent ?? -1),
    });
    const truth = kmsEventIds(s.sandbox, PAYMENTS);
    expect(partial).toBeLessThan(truth.length);
    expect(await storedIds(db, PAYMENTS)).toEqual(truth);
    expect(progress.at(-1)).toBe(100);
    expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
  });

  it("marks the account whose trail leaves KMS out as excluded, the others covered", async () => {
    const results = await refreshTrailCoverage(db, getConfig(), { aws: s.aws });
    expect(results).toHaveLength(ORG_ACCOUNTS.length * ORG_REGIONS.length);
    for (const r of results) expect([r.accountId, r.coverage]).toEqual([r.accountId, r.accountId === "777788889999" ? "excluded" : "covered"]);
    const stored = await db.prisma.accountRegion.findMany({ where: { accountId: "777788889999" }, select: { trailCoverage: true, trailCheckedAt: true } });
    expect(stored.map((r) => r.trailCoverage)).toEqual(ORG_REGIONS.map(() => "excluded"));
  });
});

describeEachDatabase("LookupEvents ingestion through throttling and faults", (db) => {
  let s: SandboxAccess;
  beforeAll(async () => {
    // The limiter believes 4× the real quota, and one call in five fails or is throttled anyway.
    s = await sandboxAccess({ fleet: "demo", quotaScale: 5, faults: "throttle=0.15,error=0.05" }, { quotaScale: 20, config: { quotaFraction: 0.95 } });
  });
  afterAll(() => s.stop());

  it("retries, slows down, and still stores every event exactly once", async () => {
    await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [HOME.accountId], regions: [HOME.region] });
    expect(await storedIds(db, HOME)).toEqual(kmsEventIds(s.sandbox, HOME));
    const calls = s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!;
    expect(calls.throttles).toBeGreaterThan(0);
    expect(calls.errors).toBe(0);
  });
});
