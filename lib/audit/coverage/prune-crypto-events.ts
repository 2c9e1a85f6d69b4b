import type { AuditDb } from "../audit-db";
import { AUDIT_WRITE_LOCK } from "../store/batch-sql";
import { CRYPTO_OPERATIONS } from "@/lib/aws/crypto-operations";

// Deleted in slices: each is one short statement, so the embedded database stays responsive.
const SLICE = 5_000;

const PRUNE_SQL = `
WITH gone AS (
  DELETE FROM "AuditEvent" WHERE "eventId" IN (
    SELECT "eventId" FROM "AuditEvent" WHERE "eventName" = ANY($1::text[]) AND "eventTime" < $2 LIMIT $3)
  RETURNING "accountId", region
), horizon AS (
  INSERT INTO "AuditPruneHorizon" ("accountId", region, "prunedBefore")
  SELECT DISTINCT "accountId", region, $2::timestamptz FROM gone
  ON CONFLICT ("accountId", region) DO UPDATE
    SET "prunedBefore" = GREATEST("AuditPruneHorizon"."prunedBefore", EXCLUDED."prunedBefore"), "updatedAt" = now()
)
SELECT count(*)::int AS deleted FROM gone`;

export type PruneResult = { deleted: number; cutoff: Date };

/**
 * Deletes raw cryptographic events older than the retention (their hourly rollups stay), and
 * records per account-Region how far it pruned, so that a record read again later is not counted
 * a second time (see AuditPruneHorizon).
 */
export async function pruneCryptoEvents(db: AuditDb, retentionDays: number, now = new Date()): Promise<PruneResult> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let deleted = 0;
  for (;;) {
    // Alone on the audit write lock: a batch being written has read the horizons it filters by, and
    // commits before a slice moves them (and after, it reads the new ones).
    const [, [row]] = await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`SELECT 1 FROM pg_advisory_xact_lock(${AUDIT_WRITE_LOCK})`),
      db.prisma.$queryRawUnsafe<{ deleted: number }[]>(PRUNE_SQL, [...CRYPTO_OPERATIONS], cutoff, SLICE),
    ]);
    deleted += row!.deleted;
    if (row!.deleted < SLICE) return { deleted, cutoff };
  }
}
