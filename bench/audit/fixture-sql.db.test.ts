import { beforeAll, expect, it } from "vitest";
import { rollupsAndRecount } from "@/lib/audit/testing/snapshot";
import { describeEachDatabase } from "@/lib/db/testing";
import { eventsSql, INVENTORY_SQL, ROLLUP_SQL, SETUP_SQL, STATE_CHANGE_EVENTS_SQL, USAGE_DAY_SQL, USAGE_KEY_DAY_SQL, USAGE_WEEK_SQL } from "./fixture-sql";

// The audit bench's fixture, at a small size: its UsageRollup and UsageDay (days and weeks) must be what ingestion
// keeps, a count over the stored events, or the bench times reads over the wrong rows.
describeEachDatabase("the audit bench fixture's rollups", (db) => {
  beforeAll(async () => {
    for (const sql of [...SETUP_SQL, ...INVENTORY_SQL, eventsSql(0, 3000), STATE_CHANGE_EVENTS_SQL, ROLLUP_SQL, USAGE_DAY_SQL, USAGE_WEEK_SQL, USAGE_KEY_DAY_SQL]) await db.query(sql);
  }, 60_000);

  it("are, hourly, daily and weekly per dimension and daily per key, the counts over the generated events", async () => {
    const { rollups, recount } = await rollupsAndRecount(db);
    const events = await db.query<{ n: number; errors: number; days: number }>(
      `SELECT count(*)::int AS n, count("errorCode")::int AS errors, count(DISTINCT date_trunc('day', "eventTime", 'UTC'))::int AS days FROM "AuditEvent"`,
    );
    expect(events[0]!.n).toBeGreaterThan(3000);
    expect(events[0]!.errors).toBeGreaterThan(0);
    expect(events[0]!.days).toBeGreaterThan(30);
    expect(new Set(rollups.daily.map((r) => r.dimension))).toEqual(new Set(["operation", "key", "principal", "key-week", "principal-week"]));
    expect(rollups.keyDaily.length).toBeGreaterThan(0);
    expect(rollups).toEqual(recount);
  });
});
