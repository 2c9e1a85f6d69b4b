-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "ownCall" BOOLEAN NOT NULL DEFAULT false;

-- Keywarden's own calls stored before ingestion told them apart: by its user agent and by the roles
-- it assumes (AwsAccount.roleArn). They leave UsageRollup, UsageKeyDay and UsageDay's usage
-- dimensions and are counted in UsageDay's own-* dimensions, as ingestion counts them now. Only rows
-- not marked yet are counted, so running this again changes nothing. (A rollup row that also held
-- other callers' calls of the same hour, operation and principal keeps its lastEventAt: rare, and
-- never a cryptographic call, which Keywarden does not make.)
WITH flagged AS (
  UPDATE "AuditEvent" e SET "ownCall" = true
  WHERE NOT e."ownCall" AND e."readOnly" IS DISTINCT FROM false
    AND (e."userAgent" LIKE '%keywarden/%'
      OR COALESCE(e."sessionIssuerArn", e."principalArn") IN (SELECT "roleArn" FROM "AwsAccount" WHERE "roleArn" IS NOT NULL))
  RETURNING e."eventTime" AS t, e."accountId", e.region, COALESCE(e."keyArn", '') AS k,
    COALESCE(e."sessionIssuerArn", e."principalArn", e."invokedBy", '') AS p, e."eventName" AS op, COALESCE(e."errorCode", '') AS err
), hourly AS (
  SELECT k, date_trunc('hour', t, 'UTC') AS hour, "accountId", region, p, op, err, count(*) AS calls FROM flagged GROUP BY 1, 2, 3, 4, 5, 6, 7
), rollups AS (
  UPDATE "UsageRollup" u SET calls = u.calls - h.calls
  FROM hourly h
  WHERE u."keyArn" = h.k AND u.hour = h.hour AND u."accountId" = h."accountId" AND u.region = h.region
    AND u."principalArn" = h.p AND u.operation = h.op AND u."errorCode" = h.err
), key_days AS (
  UPDATE "UsageKeyDay" d SET calls = d.calls - s.calls
  FROM (SELECT k, date_trunc('day', t, 'UTC') AS day, op, p, err, count(*) AS calls FROM flagged WHERE k <> '' GROUP BY 1, 2, 3, 4, 5) s
  WHERE d."keyArn" = s.k AND d.day = s.day AND d.operation = s.op AND d."principalArn" = s.p AND d."errorCode" = s.err
), sums AS (
  SELECT 'operation' AS dimension, date_trunc('day', t, 'UTC') AS day, op AS name, err, count(*) AS calls FROM flagged GROUP BY 2, 3, 4
  UNION ALL SELECT 'key', date_trunc('day', t, 'UTC'), k, err, count(*) FROM flagged GROUP BY 2, 3, 4
  UNION ALL SELECT 'principal', date_trunc('day', t, 'UTC'), p, err, count(*) FROM flagged GROUP BY 2, 3, 4
  UNION ALL SELECT 'key-week', date_trunc('week', t, 'UTC'), k, err, count(*) FROM flagged GROUP BY 2, 3, 4
  UNION ALL SELECT 'principal-week', date_trunc('week', t, 'UTC'), p, err, count(*) FROM flagged GROUP BY 2, 3, 4
), days AS (
  UPDATE "UsageDay" d SET calls = d.calls - s.calls FROM sums s
  WHERE d.dimension = s.dimension AND d.day = s.day AND d.name = s.name AND d."errorCode" = s.err
)
INSERT INTO "UsageDay" (dimension, day, name, "errorCode", calls)
SELECT 'own-' || dimension, day, name, err, calls FROM sums WHERE dimension IN ('operation', 'key', 'principal')
ON CONFLICT (dimension, day, name, "errorCode") DO UPDATE SET calls = "UsageDay".calls + EXCLUDED.calls;

DELETE FROM "UsageRollup" WHERE calls <= 0;
DELETE FROM "UsageKeyDay" WHERE calls <= 0;
DELETE FROM "UsageDay" WHERE calls <= 0;
