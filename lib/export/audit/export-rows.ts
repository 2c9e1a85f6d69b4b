import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { EXPORT_COLUMNS, type AuditExportFilter, type AuditExportRow } from "./export-filter";

type Stored = Omit<AuditExportRow, "eventTime"> & { eventTime: Date };

const COLUMNS = EXPORT_COLUMNS.map((c) => `"${c}"`).join(", ");

/**
 * The filter's events, oldest first, a page at a time by keyset on (eventTime, eventId): memory
 * stays flat whatever the size, and each page is an index range scan.
 */
export async function* auditExportRows(db: PrismaClient, filter: AuditExportFilter, pageSize = 1000): AsyncGenerator<AuditExportRow> {
  let after: { time: Date; id: string } | undefined;
  for (;;) {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.keyArn) where.push(`"keyArn" = ${param(filter.keyArn)}`);
    if (filter.since) where.push(`"eventTime" >= ${param(filter.since)}`);
    if (filter.until) where.push(`"eventTime" < ${param(filter.until)}`);
    if (after) where.push(`("eventTime", "eventId") > (${param(after.time)}, ${param(after.id)})`);
    const sql = `SELECT ${COLUMNS} FROM "AuditEvent"${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
      ORDER BY "eventTime", "eventId" LIMIT ${param(pageSize)}`;
    const rows = await db.$queryRawUnsafe<Stored[]>(sql, ...params);
    for (const row of rows) yield { ...row, eventTime: row.eventTime.toISOString() };
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { time: last.eventTime, id: last.eventId };
  }
}
