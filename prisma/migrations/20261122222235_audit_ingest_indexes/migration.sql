-- Each ingested event pays for every index on AuditEvent: keep the ones the explorer's newest-first
-- keyset pages need. Account, Region and eventName filters read the time index (each value is common,
-- so a page is found after a short scan); errors are rare, so their index is partial.

-- DropIndex
DROP INDEX "AuditEvent_accountId_region_eventTime_idx";

-- DropIndex
DROP INDEX "AuditEvent_errorCode_eventTime_idx";

-- DropIndex
DROP INDEX "AuditEvent_eventName_eventTime_idx";

-- DropIndex
DROP INDEX "AuditEvent_keyArn_eventTime_idx";

-- DropIndex
DROP INDEX "AuditEvent_principalArn_eventTime_idx";

-- Identifiers, ARNs and names compare byte by byte: the "C" collation sorts them exactly as C.UTF-8
-- does (by code point), without the locale library's copy-and-compare on every index and rollup
-- key comparison, which was a tenth of Postgres's time on the ingest path.
ALTER TABLE "AuditEvent"
  ALTER COLUMN "eventId" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "accountId" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "region" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "eventName" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "principalArn" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "sessionIssuerArn" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "invokedBy" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "errorCode" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "keyArn" SET DATA TYPE TEXT COLLATE "C";

ALTER TABLE "UsageRollup"
  ALTER COLUMN "accountId" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "region" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "keyArn" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "principalArn" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "operation" SET DATA TYPE TEXT COLLATE "C",
  ALTER COLUMN "errorCode" SET DATA TYPE TEXT COLLATE "C";

-- CreateIndex
CREATE INDEX "AuditEvent_keyArn_eventTime_eventId_idx" ON "AuditEvent"("keyArn", "eventTime" DESC, "eventId" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_principalArn_eventTime_eventId_idx" ON "AuditEvent"("principalArn", "eventTime" DESC, "eventId" DESC);

-- Errors only, and one error code, newest first; also the distinct error codes (a loose index scan).
CREATE INDEX "AuditEvent_errorCode_eventTime_eventId_idx" ON "AuditEvent"("errorCode", "eventTime" DESC, "eventId" DESC) WHERE "errorCode" IS NOT NULL;
