import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ERROR_CLASS } from "./error-class";
import { dayKey, densify, usageRange, type UsageDays } from "./usage-range";
import { aggregateRead } from "./aggregate-read";
import type { DayErrors, RankedPrincipal, UnknownCoverage } from "./usage-types";

export const KEY_TOP_PRINCIPALS = 10;

export type LastCall = { at: string; operation: string; principalArn: string; errorCode: string | null };

export type KeyUsage = {
  days: UsageDays;
  since: string;
  totalCalls: number;
  totalErrors: number;
  byDay: DayErrors[];
  byOperation: { operation: string; calls: number; errors: number }[];
  byPrincipal: RankedPrincipal[];
  /** Principals beyond the top ones: how many, and their calls. */
  otherPrincipals: { principals: number; calls: number };
  /** The newest call in the rollups, whenever it was (not only within the range). */
  lastCall: LastCall | null;
  /** Usage of the key's account-Region is not recorded by its trails. */
  coverage: UnknownCoverage["coverage"] | "covered";
};

type Cell = { set: "day" | "operation" | "principal"; day: Date | null; err: number | null; name: string | null; calls: bigint; errors: bigint | null };

/**
 * One key's usage from its daily sums (UsageKeyDay, whole UTC days like the range): per day with
 * errors, per operation, per principal; its last call from the hourly rollups.
 */
export async function getKeyUsage(key: { arn: string; accountId: string; region: string }, days: UsageDays, now = new Date()): Promise<KeyUsage> {
  const db = getPrisma();
  const range = usageRange(days, now);
  const [cells, last, region] = await Promise.all([
    aggregateRead(db, db.$queryRaw<Cell[]>`
      SELECT CASE WHEN GROUPING(operation) = 0 THEN 'operation' WHEN GROUPING("principalArn") = 0 THEN 'principal' ELSE 'day' END AS set,
        day, err, COALESCE(operation, "principalArn") AS name, sum(calls) AS calls, sum(calls) FILTER (WHERE err > 0) AS errors
      FROM (
        SELECT day, operation, "principalArn", ${ERROR_CLASS} AS err, calls
        FROM "UsageKeyDay" WHERE "keyArn" = ${key.arn} AND day >= ${range.since} AND day < ${range.until}
      ) r
      GROUP BY GROUPING SETS ((day, err), (operation), ("principalArn"))
      ORDER BY calls DESC, name`),
    lastCall(db, key.arn),
    db.accountRegion.findUnique({ where: { accountId_region: { accountId: key.accountId, region: key.region } }, select: { trailCoverage: true } }),
  ]);
  const byDay = cells.filter((c) => c.set === "day").map((c) => ({ day: dayKey(c.day!), err: c.err!, calls: Number(c.calls) }));
  const [calls, errors, denied] = [densify(range, byDay, (c) => c.calls), densify(range, byDay, (c) => (c.err > 0 ? c.calls : 0)), densify(range, byDay, (c) => (c.err === 2 ? c.calls : 0))];
  const principals = cells.filter((c) => c.set === "principal").map((c) => ({ principalArn: c.name!, calls: Number(c.calls), errors: Number(c.errors ?? 0) }));
  const rest = principals.slice(KEY_TOP_PRINCIPALS);
  return {
    days,
    since: range.since.toISOString(),
    totalCalls: calls.reduce((a, b) => a + b, 0),
    totalErrors: errors.reduce((a, b) => a + b, 0),
    byDay: range.dayKeys.map((day, i) => ({ day, calls: calls[i]!, errors: errors[i]!, accessDenied: denied[i]! })),
    byOperation: cells.filter((c) => c.set === "operation").map((c) => ({ operation: c.name!, calls: Number(c.calls), errors: Number(c.errors ?? 0) })),
    byPrincipal: principals.slice(0, KEY_TOP_PRINCIPALS),
    otherPrincipals: { principals: rest.length, calls: rest.reduce((n, p) => n + p.calls, 0) },
    lastCall: last,
    coverage: region?.trailCoverage === "covered" ? "covered" : region?.trailCoverage === "excluded" ? "excluded" : "unknown",
  };
}

/** The newest rollup row of the key: its latest hour first (keyArn, hour index), then the newest call in it. */
async function lastCall(db: PrismaClient, keyArn: string): Promise<LastCall | null> {
  const [row] = await db.$queryRaw<{ at: Date; operation: string; principalArn: string; errorCode: string }[]>`
    SELECT "lastEventAt" AS at, operation, "principalArn", "errorCode" FROM "UsageRollup"
    WHERE "keyArn" = ${keyArn} AND hour = (SELECT max(hour) FROM "UsageRollup" WHERE "keyArn" = ${keyArn})
    ORDER BY "lastEventAt" DESC LIMIT 1`;
  return row ? { at: row.at.toISOString(), operation: row.operation, principalArn: row.principalArn, errorCode: row.errorCode || null } : null;
}
