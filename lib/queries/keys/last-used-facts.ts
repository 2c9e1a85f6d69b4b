import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { CRYPTO_OPERATIONS } from "@/lib/aws/crypto-operations";
import { deriveLastUsed, type LastUsed, type TrailCoverage } from "@/lib/lifecycle/last-used";

export type KeyLastUsed = { lastUsed: LastUsed; coverage: TrailCoverage };

type Row = {
  arn: string; creationDate: Date; lastUsedAt: Date | null; lastUsedOperation: string | null; trackingStartAt: Date | null; checkedAt: Date | null;
  coverage: string | null; unavailable: boolean | null; trailAt: Date | null; trailOperation: string | null;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const coverageOf = (c: string | null | undefined): TrailCoverage => (c === "covered" || c === "excluded" ? c : "unknown");

/**
 * The last use of each key (deriveLastUsed) and whether its account-Region's trails record KMS
 * usage, in one query: GetKeyLastUsage's answer stored by the sync, and the newest successful
 * cryptographic call in UsageRollup (which holds no call of Keywarden's own), read newest hour first
 * through the rollups' key index.
 *
 * "GetKeyLastUsage unavailable" is what the sync recorded for the account-Region: its endpoint did
 * not know the operation at the last sync.
 */
export async function readLastUsed(db: PrismaClient, arns: readonly string[]): Promise<Map<string, KeyLastUsed>> {
  if (arns.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<Row[]>(LAST_USED_SQL, [...new Set(arns)], [...CRYPTO_OPERATIONS]);
  return new Map(
    rows.map((r) => {
      const coverage = coverageOf(r.coverage);
      const lastUsed = deriveLastUsed({
        creationDate: r.creationDate.toISOString(),
        lastUsage: { checkedAt: iso(r.checkedAt), at: iso(r.lastUsedAt), operation: r.lastUsedOperation, trackingStartAt: iso(r.trackingStartAt) },
        lastUsageUnavailable: r.unavailable === true,
        trail: r.trailAt ? { at: r.trailAt.toISOString(), operation: r.trailOperation ?? "" } : null,
        coverage,
      });
      return [r.arn, { lastUsed, coverage }];
    }),
  );
}

const LAST_USED_SQL = `
WITH page AS (
  SELECT k.arn, k."accountId", k.region, k."creationDate", k."lastUsedAt", k."lastUsedOperation",
    k."lastUsageTrackingStartAt" AS "trackingStartAt", k."lastUsageCheckedAt" AS "checkedAt"
  FROM "KmsKey" k WHERE k.arn = ANY($1::text[])
), places AS (
  SELECT ar."accountId", ar.region, ar."trailCoverage" AS coverage,
    'GetKeyLastUsage' = ANY(ar."unavailableOperations") AS unavailable
  FROM "AccountRegion" ar WHERE (ar."accountId", ar.region) IN (SELECT "accountId", region FROM page)
)
SELECT p.arn, p."creationDate", p."lastUsedAt", p."lastUsedOperation", p."trackingStartAt", p."checkedAt",
  pl.coverage, pl.unavailable, t.at AS "trailAt", t.operation AS "trailOperation"
FROM page p
LEFT JOIN places pl ON pl."accountId" = p."accountId" AND pl.region = p.region
LEFT JOIN LATERAL (
  SELECT u."lastEventAt" AS at, u.operation FROM "UsageRollup" u
  WHERE u."keyArn" = p.arn AND u."errorCode" = '' AND u.operation = ANY($2::text[])
  ORDER BY u.hour DESC, u."lastEventAt" DESC LIMIT 1
) t ON true`;
