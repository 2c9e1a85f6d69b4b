import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { ERROR_CLASS } from "./error-class";
import { topOperations } from "./top-operations";
import { aggregateRead } from "./aggregate-read";
import { getUnknownCoverage } from "./usage-coverage";
import { dayKey, densify, usageRange, wholeWeeks, type UsageDays } from "./usage-range";
import type { RankedKey, UsageOverview } from "./usage-types";

export const TOP_OPERATIONS = 6;
export const TOP_KEYS = 10;
export const TOP_PRINCIPALS = 10;

type Cell = { set: "day" | "key" | "principal"; day: Date | null; operation: string | null; err: number | null; name: string | null; calls: bigint; errors: bigint };

/**
 * The Overview's usage, from UsageDay only (the daily and weekly sums ingestion keeps beside the
 * hourly rollups): calls by day × operation × error class, and only the top keys and principals
 * leave the database.
 */
export async function getUsageOverview(days: UsageDays, now = new Date()): Promise<UsageOverview> {
  const db = getPrisma();
  const range = usageRange(days, now);
  const inRange = Prisma.sql`day >= ${range.since} AND day < ${range.until}`;
  const weeks = wholeWeeks(range);
  // the whole weeks of the range from the weekly rows, the days before and after them from the daily ones
  const top = (dimension: "key" | "principal", limit: number) => Prisma.sql`
    (SELECT ${dimension}::text AS set, NULL::timestamptz AS day, NULL::text AS operation, NULL::int AS err, name, sum(calls) AS calls,
       sum(calls) FILTER (WHERE "errorCode" <> '') AS errors
     FROM "UsageDay"
     WHERE name <> '' AND (
       (dimension = ${`${dimension}-week`} AND day >= ${weeks.start} AND day < ${weeks.end})
       OR (dimension = ${dimension} AND day >= ${range.since} AND day < ${weeks.start})
       OR (dimension = ${dimension} AND day >= ${weeks.end} AND day < ${range.until}))
     GROUP BY name ORDER BY sum(calls) DESC, name LIMIT ${limit})`;
  const [cells, ever, unknownCoverage] = await Promise.all([
    aggregateRead(db, db.$queryRaw<Cell[]>`
      (SELECT 'day'::text AS set, day, name AS operation, ${ERROR_CLASS} AS err, NULL::text AS name, sum(calls) AS calls, NULL::numeric AS errors
       FROM "UsageDay" WHERE dimension = 'operation' AND ${inRange} GROUP BY day, name, 4)
      UNION ALL ${top("key", TOP_KEYS)}
      UNION ALL ${top("principal", TOP_PRINCIPALS)}`),
    db.usageRollup.findFirst({ select: { hour: true } }),
    getUnknownCoverage(),
  ]);
  const byDay = cells.filter((c) => c.set === "day").map((c) => ({ day: dayKey(c.day!), operation: c.operation!, err: c.err!, calls: Number(c.calls) }));
  const ranked = (set: Cell["set"], n: number) => cells.filter((c) => c.set === set && c.name).slice(0, n).map((c) => ({ name: c.name!, calls: Number(c.calls), errors: Number(c.errors ?? 0) }));
  const topKeys = await withKeyNames(db, ranked("key", TOP_KEYS));
  const [calls, errors, denied] = [densify(range, byDay, (c) => c.calls), densify(range, byDay, (c) => (c.err > 0 ? c.calls : 0)), densify(range, byDay, (c) => (c.err === 2 ? c.calls : 0))];
  return {
    days,
    since: range.since.toISOString(),
    ingested: ever !== null,
    totalCalls: byDay.reduce((n, c) => n + c.calls, 0),
    totalErrors: byDay.reduce((n, c) => n + (c.err > 0 ? c.calls : 0), 0),
    byOperation: topOperations(range.dayKeys, byDay, TOP_OPERATIONS),
    errorsByDay: range.dayKeys.map((day, i) => ({ day, calls: calls[i]!, errors: errors[i]!, accessDenied: denied[i]! })),
    topKeys,
    topPrincipals: ranked("principal", TOP_PRINCIPALS).map((p) => ({ principalArn: p.name, calls: p.calls, errors: p.errors })),
    unknownCoverage,
  };
}

/** Alias, description and KeyState of the ranked keys, from the inventory (a key it does not hold keeps its ARN only). */
export async function withKeyNames(db: PrismaClient, ranked: { name: string; calls: number; errors: number }[]): Promise<RankedKey[]> {
  if (ranked.length === 0) return [];
  const keys = await db.kmsKey.findMany({ where: { arn: { in: ranked.map((r) => r.name) } }, select: { arn: true, accountId: true, region: true, primaryAlias: true, description: true, keyState: true } });
  const excluded = keys.length === 0 ? [] : await db.accountRegion.findMany({
    where: { trailCoverage: "excluded", OR: keys.map((k) => ({ accountId: k.accountId, region: k.region })) },
    select: { accountId: true, region: true },
  });
  const unknownAt = new Set(excluded.map((r) => `${r.accountId}|${r.region}`));
  const byArn = new Map(keys.map((k) => [k.arn, k]));
  return ranked.map((r) => {
    const k = byArn.get(r.name);
    return {
      keyArn: r.name,
      alias: k?.primaryAlias ?? null,
      description: k?.description || null,
      keyState: k?.keyState ?? null,
      calls: r.calls,
      errors: r.errors,
      usageUnknown: k ? unknownAt.has(`${k.accountId}|${k.region}`) : false,
    };
  });
}
