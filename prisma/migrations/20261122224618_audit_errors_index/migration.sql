-- "Errors only", newest first, read from an index of the errors alone: they are rare, so it costs
-- ingestion next to nothing, and the page never walks past the successful calls in between.
-- CreateIndex
CREATE INDEX "AuditEvent_eventTime_eventId_errorCode_idx" ON "AuditEvent"("eventTime" DESC, "eventId" DESC, "errorCode") WHERE "errorCode" IS NOT NULL;
