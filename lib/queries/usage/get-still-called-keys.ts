import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { CRYPTO_OPERATIONS } from "@/lib/aws/crypto-operations";
import { aggregateRead } from "./aggregate-read";

/** When no state change is on record, calls are looked for over this many days before now. */
export const FALLBACK_DAYS = 7;

/** "Still" being called: the last call is at most this many days old. */
export const RECENT_DAYS = 30;

const STATES = ["PendingDeletion", "PendingReplicaDeletion", "Disabled"];

/**
 * Where the watched period starts: the DisableKey / ScheduleKeyDeletion call that put the key in its
 * state (exact), else the schedule AWS records for a deletion (DeletionDate less the waiting period),
 * else the last FALLBACK_DAYS days.
 */
export type SinceSource = "event" | "deletion-schedule" | "fallback";

export type StillCalledKey = {
  keyArn: string;
  alias: string | null;
  keyState: string;
  deletionDate: string | null;
  since: string;
  sinceSource: SinceSource;
  calls: number;
  lastCallAt: string;
  callers: { principalArn: string; calls: number; lastCallAt: string; operations: string[] }[];
};

type Row = {
  keyArn: string; alias: string | null; keyState: string; deletionDate: Date | null; since: Date; sinceSource: SinceSource;
  principalArn: string; calls: bigint; lastCallAt: Date; operations: string[];
};

/**
 * Keys that are PendingDeletion (or PendingReplicaDeletion) or Disabled and whose cryptographic
 * operations were called since they entered that state, the last time within RECENT_DAYS, with each caller: the calls
 * that will break, or already fail, when the key is gone. Read from UsageRollup by keyArn; calls are
 * counted by the hour, from the hour of the state change. Keywarden's own reads (DescribeKey,
 * ListGrants…) are not cryptographic operations and do not count.
 */
export async function getStillCalledKeys(options: { keyArn?: string; now?: Date } = {}): Promise<StillCalledKey[]> {
  const db = getPrisma();
  const now = options.now ?? new Date();
  const fallback = new Date(now.getTime() - FALLBACK_DAYS * 86_400_000);
  const only = options.keyArn ? Prisma.sql`AND arn = ${options.keyArn}` : Prisma.empty;
  // The state change comes from the key's latest successful DisableKey / ScheduleKeyDeletion event,
  // found through AuditEvent's (eventName, eventTime) index: such events are few, and write events
  // are kept in full. The calls since then come from UsageRollup, key by key (keyArn, hour index).
  const rows = await aggregateRead(db, db.$queryRaw<Row[]>`
    WITH k AS (
      SELECT arn, "primaryAlias" AS alias, "keyState", "deletionDate",
        CASE WHEN "keyState" <> 'Disabled' THEN "deletionDate" - make_interval(days => "pendingDeletionWindowInDays") END AS scheduled_at
      FROM "KmsKey" k WHERE "keyState" IN (${Prisma.join(STATES)}) AND "deletedAt" IS NULL ${only}
    ), changed AS (
      SELECT "keyArn", max("eventTime") FILTER (WHERE "eventName" = 'DisableKey') AS disabled_at, max("eventTime") FILTER (WHERE "eventName" = 'ScheduleKeyDeletion') AS scheduled_at
      FROM "AuditEvent" WHERE "eventName" IN ('DisableKey', 'ScheduleKeyDeletion') AND "errorCode" IS NULL AND "keyArn" IN (SELECT arn FROM k)
      GROUP BY 1
    ), w AS (
      -- a cancelled deletion leaves a key Disabled: for Disabled keys the later of both events counts
      SELECT k.*, COALESCE(e.at, k.scheduled_at, ${fallback}::timestamptz) AS since,
        CASE WHEN e.at IS NOT NULL THEN 'event' WHEN k.scheduled_at IS NOT NULL THEN 'deletion-schedule' ELSE 'fallback' END AS "sinceSource"
      FROM k LEFT JOIN changed c ON c."keyArn" = k.arn
      CROSS JOIN LATERAL (SELECT CASE WHEN k."keyState" = 'Disabled' THEN GREATEST(c.disabled_at, c.scheduled_at) ELSE c.scheduled_at END AS at) e
    )
    SELECT w.arn AS "keyArn", w.alias, w."keyState", w."deletionDate", w.since, w."sinceSource", r.*
    FROM w
    CROSS JOIN LATERAL (
      SELECT "principalArn", sum(calls) AS calls, max("lastEventAt") AS "lastCallAt", array_agg(DISTINCT operation ORDER BY operation) AS operations
      FROM "UsageRollup"
      WHERE "keyArn" = w.arn AND hour >= date_trunc('hour', w.since, 'UTC') AND "lastEventAt" > w.since AND operation IN (${Prisma.join([...CRYPTO_OPERATIONS])})
      GROUP BY 1
    ) r`);
  const keys = new Map<string, StillCalledKey>();
  for (const r of rows) {
    let k = keys.get(r.keyArn);
    if (!k) {
      k = { keyArn: r.keyArn, alias: r.alias, keyState: r.keyState, deletionDate: r.deletionDate?.toISOString() ?? null, since: r.since.toISOString(), sinceSource: r.sinceSource, calls: 0, lastCallAt: r.lastCallAt.toISOString(), callers: [] };
      keys.set(r.keyArn, k);
    }
    const lastCallAt = r.lastCallAt.toISOString();
    k.calls += Number(r.calls);
    if (lastCallAt > k.lastCallAt) k.lastCallAt = lastCallAt;
    k.callers.push({ principalArn: r.principalArn, calls: Number(r.calls), lastCallAt, operations: r.operations });
  }
  for (const k of keys.values()) k.callers.sort((a, b) => b.lastCallAt.localeCompare(a.lastCallAt) || b.calls - a.calls);
  const recent = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  return [...keys.values()].filter((k) => k.lastCallAt >= recent).sort((a, b) => b.lastCallAt.localeCompare(a.lastCallAt) || a.keyArn.localeCompare(b.keyArn));
}
