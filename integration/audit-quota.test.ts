import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestLookupEvents } from "@/lib/audit";
import { getConfig } from "@/lib/config";
import { describeEachDatabase } from "@/lib/db/testing";
import { ORG_ACCOUNTS, type Sandbox } from "@/sandbox";
import { sandboxAccess, type SandboxAccess } from "./aws-sandbox";

const PAYMENTS = { accountId: "444455556666", region: "us-east-1" };

/** When the sandbox served each LookupEvents call of the account-Region since `since` (its own record of them). */
function lookupCallTimes(sandbox: Sandbox, since: number): number[] {
  const events = [...sandbox.world.events.stream(PAYMENTS.accountId, PAYMENTS.region).newestFirst(Number.MAX_SAFE_INTEGER, since)];
  return events.filter((e) => e.record.eventName === "LookupEvents" && !e.record.errorCode).map((e) => e.time).sort((a, b) => a - b);
}

describeEachDatabase("LookupEvents quota use while behind", (db) => {
  let s: SandboxAccess;
  beforeAll(async () => {
    const roles = ORG_ACCOUNTS.flatMap((a) => (a.readerRoleArn ? [a.readerRoleArn] : []));
    // AWS's real quota: 2 calls per second per account-Region, enforced by the sandbox.
    s = await sandboxAccess({ fleet: "demo", quotaScale: 1 }, { config: { accountRoles: roles, quotaFraction: 0.95 } });
  });
  afterAll(() => s.stop());

  // How much of the quota a backfill uses is measured by `npm run bench -- ingest` (LookupEvents).
  it("backfills at 95% of the 2 calls per second without a throttle, every call answered", async () => {
    const since = s.sandbox.world.clock.now();
    const summary = await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [PAYMENTS.accountId], regions: [PAYMENTS.region], backfillBudgetMs: 4_000 });
    const served = lookupCallTimes(s.sandbox, since).length;
    const stats = s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!;
    expect(summary.status).toBe("succeeded");
    expect(summary.ingested).toBeGreaterThan(0);
    // More calls than the limiter's burst: past it, only the pacing keeps the sandbox from throttling.
    expect(served).toBeGreaterThan(3);
    expect(stats).toMatchObject({ calls: served, errors: 0, throttles: 0 });
  });
});
