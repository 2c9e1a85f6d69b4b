import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestLookupEvents } from "@/lib/audit";
import { getConfig } from "@/lib/config";
import { describeEachDatabase } from "@/lib/db/testing";
import { ORG_ACCOUNTS, type Sandbox } from "@/sandbox";
import { sandboxAccess, type SandboxAccess } from "./aws-sandbox";

const PAYMENTS = { accountId: "444455556666", region: "us-east-1" };
const QUOTA = 2;

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

  it("uses at least 90% of the 2 calls per second during a backfill, without a throttle", async () => {
    const since = s.sandbox.world.clock.now();
    const started = performance.now();
    const summary = await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [PAYMENTS.accountId], regions: [PAYMENTS.region], backfillBudgetMs: 10_000 });
    const seconds = (performance.now() - started) / 1000;
    const times = lookupCallTimes(s.sandbox, since);
    const steady = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000) / QUOTA;
    const overall = times.length / seconds / QUOTA;
    console.info(`LookupEvents: ${times.length} calls in ${seconds.toFixed(1)} s; ${(100 * steady).toFixed(1)}% of the quota between first and last call, ${(100 * overall).toFixed(1)}% over the whole run; ${summary.ingested} events`);
    expect(times.length).toBeGreaterThan(15);
    expect(steady).toBeGreaterThanOrEqual(0.9);
    expect(steady).toBeLessThanOrEqual(1);
    expect(s.aws.stats.snapshot()["cloudtrail:LookupEvents"]!.throttles).toBe(0);
  });
});
