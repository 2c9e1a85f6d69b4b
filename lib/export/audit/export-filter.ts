import type { NormalizedEvent } from "@/lib/audit/types";

/** What an export (CLI or the explorer's button) covers: one key, a time range, or everything. */
export type AuditExportFilter = {
  keyArn?: string;
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
};

/** The exported fields, in column order: what a reviewer needs, none of the raw record. */
export const EXPORT_COLUMNS = [
  "eventId",
  "eventTime",
  "eventName",
  "accountId",
  "region",
  "keyArn",
  "principalArn",
  "principalType",
  "sessionIssuerArn",
  "invokedBy",
  "sourceIp",
  "userAgent",
  "errorCode",
  "errorMessage",
  "readOnly",
  "eventType",
] as const satisfies readonly (keyof NormalizedEvent)[];

/** One exported event; eventTime is an ISO string. */
export type AuditExportRow = Pick<NormalizedEvent, (typeof EXPORT_COLUMNS)[number]>;
