-- A key's changes (lifecycle, state changes) without its crypto calls: partial, so it costs ingestion
-- only for the rare write and service events.
CREATE INDEX "AuditEvent_key_changes_idx" ON "AuditEvent"("keyArn", "eventName", "eventTime" DESC) WHERE "readOnly" IS NOT TRUE;
