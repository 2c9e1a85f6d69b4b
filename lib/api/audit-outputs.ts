import { z } from "zod";
import type { AuditExportRow } from "@/lib/export/audit/export-filter";
import type { AuditEventPage, AuditEventRecord } from "@/lib/queries/audit-events/audit-row";

// What the audit routes may send: these fields and no others (zod drops unknown keys). The one
// exception is the drawer's raw record, shown verbatim on purpose.

const text = z.string();
const maybeText = z.string().nullable();

const exportRowShape = {
  eventId: text,
  eventTime: text,
  eventName: text,
  accountId: text,
  region: text,
  keyArn: maybeText,
  principalArn: maybeText,
  principalType: maybeText,
  sessionIssuerArn: maybeText,
  invokedBy: maybeText,
  sourceIp: maybeText,
  userAgent: maybeText,
  errorCode: maybeText,
  errorMessage: maybeText,
  readOnly: z.boolean().nullable(),
  eventType: maybeText,
};

export const auditExportRowSchema = z.object(exportRowShape) satisfies z.ZodType<AuditExportRow>;

const eventRowShape = { ...exportRowShape, keyAlias: maybeText };

export const auditEventPageSchema = z.object({ rows: z.array(z.object(eventRowShape)), nextCursor: maybeText }) satisfies z.ZodType<AuditEventPage>;

export const auditEventRecordSchema = z.object({ ...eventRowShape, source: text, ingestedAt: text, raw: z.unknown() }) satisfies z.ZodType<AuditEventRecord>;
