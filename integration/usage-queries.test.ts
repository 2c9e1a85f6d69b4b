import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { createRng } from "@/lib/queries/testing/prng";
import { getKeySparklines } from "@/lib/queries/usage/get-key-sparklines";
import { getKeyUsage } from "@/lib/queries/usage/get-key-usage";
import { getUsageOverview, TOP_OPERATIONS } from "@/lib/queries/usage/get-usage-overview";
import { ingestCalls, type Call } from "@/lib/audit/testing/ingest-calls";
import { ACCOUNT, REGION, keyArn, seedUsageInventory } from "@/lib/queries/usage/testing/usage-inventory";
import { dayKey } from "@/lib/queries/usage/usage-range";
import { getUsageVersion } from "@/lib/queries/usage/usage-version";

const NOW = new Date();
const DAY = 86_400_000;
const OPS = ["Decrypt", "Decrypt", "Decrypt", "GenerateDataKey", "GenerateDataKey", "Encrypt", "DescribeKey", "ReEncrypt", "Sign", "Verify", "CreateGrant", "ListAliases"];
const ROLES = ["payments-api", "ledger-worker", "etl", "reports", "scanner"];

/** 1,500 calls over 40 days (some before the 30-day range), skewed towards low key numbers, 4% failing. */
function seededCalls(): Call[] {
  const rng = createRng(7);
  return Array.from({ length: 1500 }, () => {
    const key = Math.floor(8 * rng.next() ** 2) + 1;
    const eventName = rng.pick(OPS);
    const failed = rng.chance(0.04);
    return {
      at: new Date(NOW.getTime() - Math.floor(rng.next() * 40 * DAY) - 60_000),
      accountId: ACCOUNT,
      region: REGION,
      keyArn: eventName === "ListAliases" ? undefined : keyArn(key),
      role: rng.pick(ROLES),
      eventName,
      errorCode: failed ? rng.pick(["AccessDenied", "AccessDenied", "ThrottlingException"]) : undefined,
    };
  });
}

describeEachDatabase("usage read models over ingested rollups", (db) => {
  beforeAll(async () => {
    await seedUsageInventory(db.prisma, { [REGION]: "covered", "sa-east-1": "excluded", "ca-central-1": "unknown" }, {
      1: { alias: "alias/payments" },
      2: {},
      3: {},
      9: { region: "sa-east-1" },
    });
    await ingestCalls(db, seededCalls());
  });

  const since = (days: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate()) - (days - 1) * DAY);

  it("equals counts over the raw events: per day and operation, errors, AccessDenied", async () => {
    const o = await getUsageOverview(30, NOW);
    const raw = await db.query<{ day: Date; op: string; calls: number; errors: number; denied: number }>(
      `SELECT date_trunc('day', "eventTime", 'UTC') AS day, "eventName" AS op, count(*)::int AS calls,
         count(*) FILTER (WHERE "errorCode" IS NOT NULL)::int AS errors, count(*) FILTER (WHERE "errorCode" = 'AccessDenied')::int AS denied
       FROM "AuditEvent" WHERE "eventTime" >= $1 GROUP BY 1, 2`,
      [since(30)],
    );
    expect(o.ingested).toBe(true);
    expect(o.totalCalls).toBe(raw.reduce((n, r) => n + r.calls, 0));
    expect(o.totalErrors).toBe(raw.reduce((n, r) => n + r.errors, 0));
    for (const d of o.errorsByDay) {
      const day = raw.filter((r) => dayKey(r.day) === d.day);
      expect(d).toEqual({ day: d.day, calls: day.reduce((n, r) => n + r.calls, 0), errors: day.reduce((n, r) => n + r.errors, 0), accessDenied: day.reduce((n, r) => n + r.denied, 0) });
    }
    // the top operations by calls over the range, then Other for the rest
    const totals = new Map<string, number>();
    for (const r of raw) totals.set(r.op, (totals.get(r.op) ?? 0) + r.calls);
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(o.byOperation.operations).toEqual([...ranked.slice(0, TOP_OPERATIONS).map(([op]) => op), "Other"]);
    const sum = (op: string) => o.byOperation.rows.reduce((n, row) => n + Number(row[op]), 0);
    expect(sum("Decrypt")).toBe(totals.get("Decrypt"));
    expect(sum("Other")).toBe(ranked.slice(TOP_OPERATIONS).reduce((n, [, c]) => n + c, 0));
  });

  // each range holds whole weeks (read from the weekly rows) and days around them, with calls before it
  it.each([7, 14, 30] as const)("ranks keys and principals by calls over %i days, with the key's alias, and leaves out calls without a key", async (days) => {
    const o = await getUsageOverview(days, NOW);
    const keys = await db.query<{ arn: string; calls: number; errors: number }>(
      `SELECT "keyArn" AS arn, count(*)::int AS calls, count(*) FILTER (WHERE "errorCode" IS NOT NULL)::int AS errors FROM "AuditEvent"
       WHERE "eventTime" >= $1 AND "keyArn" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
      [since(days)],
    );
    expect(o.topKeys.map((k) => ({ arn: k.keyArn, calls: k.calls, errors: k.errors }))).toEqual(keys.slice(0, 10));
    expect(o.topKeys[0]).toMatchObject({ keyArn: keyArn(1), alias: "alias/payments", description: "key 1", keyState: "Enabled" });
    const principals = await db.query<{ arn: string; calls: number }>(
      `SELECT "sessionIssuerArn" AS arn, count(*)::int AS calls FROM "AuditEvent" WHERE "eventTime" >= $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
      [since(days)],
    );
    expect(o.topPrincipals.map((p) => ({ arn: p.principalArn, calls: p.calls }))).toEqual(principals);
  });

  it("reports the account-Regions where usage is unknown", async () => {
    const o = await getUsageOverview(7, NOW);
    expect(o.unknownCoverage.map((c) => [c.region, c.coverage])).toEqual([["ca-central-1", "unknown"], ["sa-east-1", "excluded"]]);
  });

  it("gives a key's usage per day, operation and principal, equal to its raw events, and its last call", async () => {
    const u = await getKeyUsage({ arn: keyArn(2), accountId: ACCOUNT, region: REGION }, 14, NOW);
    const raw = await db.query<{ day: Date; op: string; role: string; calls: number; errors: number }>(
      `SELECT date_trunc('day', "eventTime", 'UTC') AS day, "eventName" AS op, "sessionIssuerArn" AS role, count(*)::int AS calls,
         count(*) FILTER (WHERE "errorCode" IS NOT NULL)::int AS errors
       FROM "AuditEvent" WHERE "keyArn" = $1 AND "eventTime" >= $2 GROUP BY 1, 2, 3`,
      [keyArn(2), since(14)],
    );
    expect(u.totalCalls).toBe(raw.reduce((n, r) => n + r.calls, 0));
    expect(u.totalErrors).toBe(raw.reduce((n, r) => n + r.errors, 0));
    expect(u.byDay.map((d) => d.calls)).toEqual(u.byDay.map((d) => raw.filter((r) => dayKey(r.day) === d.day).reduce((n, r) => n + r.calls, 0)));
    for (const op of u.byOperation) expect(op.calls).toBe(raw.filter((r) => r.op === op.operation).reduce((n, r) => n + r.calls, 0));
    expect(u.byPrincipal.map((p) => p.calls)).toEqual([...u.byPrincipal.map((p) => p.calls)].sort((a, b) => b - a));
    const [newest] = await db.query<{ at: Date; op: string }>(`SELECT "eventTime" AS at, "eventName" AS op FROM "AuditEvent" WHERE "keyArn" = $1 ORDER BY "eventTime" DESC LIMIT 1`, [keyArn(2)]);
    expect(u.lastCall).toMatchObject({ at: newest!.at.toISOString() });
    expect(u.coverage).toBe("covered");
  });

  it("gives daily calls of a page of keys in one call, and unknown (not zero) where trails leave KMS out", async () => {
    const s = await getKeySparklines([keyArn(1), keyArn(3), keyArn(9)], NOW);
    expect(s.days).toHaveLength(14);
    const raw = await db.query<{ day: Date; calls: number }>(
      `SELECT date_trunc('day', "eventTime", 'UTC') AS day, count(*)::int AS calls FROM "AuditEvent" WHERE "keyArn" = $1 AND "eventTime" >= $2 GROUP BY 1`,
      [keyArn(3), since(14)],
    );
    expect(s.keys[keyArn(3)]!.calls).toEqual(s.days.map((d) => raw.find((r) => dayKey(r.day) === d)?.calls ?? 0));
    expect(s.keys[keyArn(1)]!.total).toBeGreaterThan(s.keys[keyArn(3)]!.total);
    expect(s.keys[keyArn(9)]).toEqual({ calls: null, total: 0 });
  });

  it("has a usage version that changes when an ingest adds calls (last: it adds one)", async () => {
    const before = await getUsageVersion(NOW);
    expect(await getUsageVersion(NOW)).toBe(before);
    await ingestCalls(db, [{ at: new Date(NOW.getTime() - 60_000), accountId: ACCOUNT, region: REGION, keyArn: keyArn(2), role: "etl", eventName: "Decrypt" }]);
    expect(await getUsageVersion(NOW)).not.toBe(before);
  });
});
