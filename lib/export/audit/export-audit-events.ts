import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { AuditExportRow } from "@/lib/export/audit/export-filter";
import type { AuditFilter } from "@/lib/filters/audit-filter";
import { readAuditEvents } from "@/lib/queries/audit-events/list-audit-events";

/** The explorer's filtered events for an export, newest first as shown, a keyset page at a time. */
export async function* auditFilterExportRows(filter: AuditFilter, now: Date, pageSize = 1000): AsyncGenerator<AuditExportRow> {
  const db = getPrisma();
  let cursor: { time: Date; id: string } | undefined;
  for (;;) {
    const rows = await readAuditEvents(db, filter, pageSize, { cursor, now });
    for (const row of rows) yield { ...row, eventTime: row.eventTime.toISOString() };
    const last = rows.at(-1);
    if (rows.length < pageSize || !last) return;
    cursor = { time: last.eventTime, id: last.eventId };
  }
}
