import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { ingestCalls, type Call } from "@/lib/audit/testing/ingest-calls";
import { rollupsAndRecount } from "@/lib/audit/testing/snapshot";
import { getUsageOverview } from "@/lib/queries/usage/get-usage-overview";
import { getKeySparklines } from "@/lib/queries/usage/get-key-sparklines";
import { getKeyUsage } from "@/lib/queries/usage/get-key-usage";
import { listAuditEvents } from "@/lib/queries/audit-events/list-audit-events";
import { readLastUsed } from "@/lib/queries/keys/last-used-facts";
import { parseAuditFilter } from "@/lib/filters/audit-filter";
import { ACCOUNT, REGION, keyArn, seedUsageInventory } from "@/lib/queries/usage/testing/usage-inventory";

const NOW = new Date();
const HOUR = 3_600_000;
const KEYWARDEN_ROLE = "keywarden-reader";
const KEYWARDEN_UA = "aws-sdk-js/3.908.0 ua/2.1 os/linux lang/js md/nodejs#20.20.2 api/kms#3.908.0 keywarden/0.1.0";
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR);
const call = (c: Partial<Call> & Pick<Call, "eventName">): Call => ({ at: at(2), accountId: ACCOUNT, region: REGION, keyArn: keyArn(1), role: "payments-api", ...c });

/** Usage: 5 Decrypts and a DescribeKey by payments-api. Keywarden's sync: reads by its user agent, and reads by the role it assumes. */
const USAGE: Call[] = [
  ...Array.from({ length: 5 }, (_, i) => call({ eventName: "Decrypt", at: at(3 + i) })),
  call({ eventName: "DescribeKey", at: at(1) }),
];
const OWN_BY_AGENT: Call[] = [
  ...Array.from({ length: 7 }, (_, i) => call({ eventName: "GetKeyLastUsage", role: "ops-admin", userAgent: KEYWARDEN_UA, at: at(0.5 + i / 10) })),
  call({ eventName: "ListAliases", keyArn: undefined, role: "ops-admin", userAgent: KEYWARDEN_UA, at: at(0.5) }),
];
const OWN_BY_ROLE: Call[] = Array.from({ length: 4 }, (_, i) => call({ eventName: "ListGrants", role: KEYWARDEN_ROLE, at: at(0.2 + i / 10) }));
const roleArn = `arn:aws:iam::${ACCOUNT}:role/${KEYWARDEN_ROLE}`;

describeEachDatabase("Keywarden's own calls", (db) => {
  beforeEach(async () => {
    await db.truncate();
    await seedUsageInventory(db.prisma, { [REGION]: "covered" }, { 1: { alias: "alias/payments" } });
  });

  it("are told apart at ingestion (user agent, assumed role), left out of every rollup and counted apart", async () => {
    await db.query(`UPDATE "AwsAccount" SET "roleArn" = $1`, [roleArn]);
    await ingestCalls(db, [...USAGE, ...OWN_BY_AGENT, ...OWN_BY_ROLE]);
    const marked = await db.query<{ eventName: string; own: boolean; n: number }>(
      `SELECT "eventName", "ownCall" AS own, count(*)::int AS n FROM "AuditEvent" GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(marked).toEqual([
      { eventName: "Decrypt", own: false, n: 5 },
      { eventName: "DescribeKey", own: false, n: 1 },
      { eventName: "GetKeyLastUsage", own: true, n: 7 },
      { eventName: "ListAliases", own: true, n: 1 },
      { eventName: "ListGrants", own: true, n: 4 },
    ]);
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups).toEqual(recount);
    const [{ hourly }] = await db.query<{ hourly: number }>(`SELECT sum(calls)::int AS hourly FROM "UsageRollup"`);
    expect(hourly).toBe(6);
    const own = await db.query<{ name: string; calls: number }>(`SELECT name, sum(calls)::int AS calls FROM "UsageDay" WHERE dimension = 'own-operation' GROUP BY 1 ORDER BY 1`);
    expect(own).toEqual([{ name: "GetKeyLastUsage", calls: 7 }, { name: "ListAliases", calls: 1 }, { name: "ListGrants", calls: 4 }]);
  });

  it("stay out of the charts, busiest lists, sparklines, last use, and the explorer unless asked for", async () => {
    await db.query(`UPDATE "AwsAccount" SET "roleArn" = $1`, [roleArn]);
    await ingestCalls(db, [...USAGE, ...OWN_BY_AGENT, ...OWN_BY_ROLE]);
    const overview = await getUsageOverview(7, NOW);
    expect(overview.totalCalls).toBe(6);
    expect(overview.topPrincipals.map((p) => p.principalArn)).toEqual([`arn:aws:iam::${ACCOUNT}:role/payments-api`]);
    expect(overview.topKeys).toMatchObject([{ keyArn: keyArn(1), calls: 6, usageUnknown: false }]);
    const spark = await getKeySparklines([keyArn(1)], NOW);
    expect(spark.keys[keyArn(1)]!.total).toBe(6);
    const usage = await getKeyUsage({ arn: keyArn(1), accountId: ACCOUNT, region: REGION }, 7, NOW);
    expect(usage.totalCalls).toBe(6);
    expect(usage.lastCall).toMatchObject({ operation: "DescribeKey" });
    const lastUsed = (await readLastUsed(db.prisma, [keyArn(1)])).get(keyArn(1))!;
    expect(lastUsed.lastUsed).toEqual({ kind: "used", at: USAGE[0]!.at.toISOString().replace(/\.\d+Z$/, ".000Z"), operation: "Decrypt", source: "CloudTrail" });

    const events = async (own?: string) => {
      const filter = parseAuditFilter(own ? { own } : {});
      if (!filter.ok) throw new Error(filter.message);
      return (await listAuditEvents(filter.data, { now: NOW })).rows.map((r) => r.eventName);
    };
    expect((await events()).sort()).toEqual([...Array(5).fill("Decrypt"), "DescribeKey"]);
    expect(await events("show")).toHaveLength(18);
    expect(new Set(await events("only"))).toEqual(new Set(["GetKeyLastUsage", "ListAliases", "ListGrants"]));
  });

  it("stored before ingestion told them apart are reclassified by the migration, rollups included, once", async () => {
    // as an older ingestion stored them: no role known yet, and no user agent marker looked for
    await ingestCalls(db, [...USAGE, ...OWN_BY_ROLE, ...OWN_BY_AGENT.map((c) => ({ ...c, userAgent: "aws-sdk-js/3" }))]);
    await db.query(`UPDATE "AuditEvent" SET "userAgent" = $1 WHERE "eventName" IN ('GetKeyLastUsage', 'ListAliases')`, [KEYWARDEN_UA]);
    await db.query(`UPDATE "AwsAccount" SET "roleArn" = $1`, [roleArn]);
    const before = await db.query<{ n: number }>(`SELECT sum(calls)::int AS n FROM "UsageRollup"`);
    expect(before[0]!.n).toBe(18);

    const sql = reclassifyMigration();
    await db.query(sql);
    const [{ own }] = await db.query<{ own: number }>(`SELECT count(*)::int AS own FROM "AuditEvent" WHERE "ownCall"`);
    expect(own).toBe(12);
    const once = await rollupsAndRecount(db);
    expect(once.rollups).toEqual(once.recount);
    await db.query(sql);
    const twice = await rollupsAndRecount(db);
    expect(twice.rollups).toEqual(once.rollups);
    expect((await getUsageOverview(7, NOW)).totalCalls).toBe(6);
  });
});

function reclassifyMigration(): string {
  const dir = path.join("prisma", "migrations");
  const name = readdirSync(dir).find((d) => d.endsWith("_own_calls"));
  if (!name) throw new Error("no own_calls migration");
  const text = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  // the statements after the column is added: what an existing database runs on its rows
  return text.slice(text.indexOf("-- Keywarden's own calls stored before"));
}
