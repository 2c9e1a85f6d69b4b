import type { AuditExportRow } from "@/lib/export/audit/export-filter";

/** One row of the explorer: the exported fields (eventTime as ISO), plus the key's alias when known. */
export type AuditEventRow = AuditExportRow & { keyAlias: string | null };

export type AuditEventPage = { rows: AuditEventRow[]; nextCursor: string | null };

/** The whole stored event, for the drawer: the row's fields and the record as CloudTrail delivered it. */
export type AuditEventRecord = AuditEventRow & { source: string; ingestedAt: string; raw: unknown };
