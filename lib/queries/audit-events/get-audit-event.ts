import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { EXPORT_COLUMNS } from "@/lib/export/audit/export-filter";
import type { AuditEventRecord } from "./audit-row";

const COLUMNS = Prisma.raw(EXPORT_COLUMNS.map((c) => `e."${c}"`).join(", "));

type Stored = Omit<AuditEventRecord, "eventTime" | "ingestedAt" | "raw"> & { eventTime: Date; ingestedAt: Date; raw: string };

/** The whole event by its CloudTrail eventID, with the record as delivered; null when unknown. */
export async function getAuditEvent(eventId: string): Promise<AuditEventRecord | null> {
  const db = getPrisma();
  const rows = await db.$queryRaw<Stored[]>`
    SELECT ${COLUMNS}, e."source", e."ingestedAt", e."raw"::text AS "raw", k."primaryAlias" AS "keyAlias"
    FROM "AuditEvent" e LEFT JOIN "KmsKey" k ON k."arn" = e."keyArn"
    WHERE e."eventId" = ${eventId}`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, eventTime: row.eventTime.toISOString(), ingestedAt: row.ingestedAt.toISOString(), raw: JSON.parse(row.raw) as unknown };
}
