-- The explorer's indexes end at eventTime instead of (eventTime, eventId). CloudTrail times have
-- whole seconds and a busy key or caller makes many calls in one, so equal entries share one
-- posting list (B-tree deduplication): each index is several times smaller, and each ingested event
-- writes, and after every checkpoint logs in full, fewer index pages. A page ordered by
-- (eventTime, eventId) reads the index in time order and sorts only the events of one second
-- (an incremental sort).

-- DropIndex
DROP INDEX "AuditEvent_eventTime_eventId_idx";

-- DropIndex
DROP INDEX "AuditEvent_keyArn_eventTime_eventId_idx";

-- DropIndex
DROP INDEX "AuditEvent_principalArn_eventTime_eventId_idx";

-- DropIndex
DROP INDEX "AuditEvent_eventName_eventTime_eventId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_eventTime_idx" ON "AuditEvent"("eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_keyArn_eventTime_idx" ON "AuditEvent"("keyArn", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_principalArn_eventTime_idx" ON "AuditEvent"("principalArn", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_eventName_eventTime_idx" ON "AuditEvent"("eventName", "eventTime" DESC);
