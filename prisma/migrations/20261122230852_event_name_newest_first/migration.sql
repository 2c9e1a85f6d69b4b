-- Rare, telling event names (PutKeyPolicy, ScheduleKeyDeletion) read their own newest events: the
-- plain eventName index had to be matched against every time-index entry of the range
-- (bench/results/audit-plans.txt: 98 of 111 ms for PutKeyPolicy over 7 days at 10 million events).
DROP INDEX "AuditEvent_eventName_idx";

CREATE INDEX "AuditEvent_eventName_eventTime_eventId_idx" ON "AuditEvent"("eventName", "eventTime" DESC, "eventId" DESC);
