import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient, Prisma } from "@/lib/db/generated/client";

export type AuditEntry = {
  actor?: { id: string; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonObject;
  ip?: string | null;
  userAgent?: string | null;
};

/** Appends to the app's own audit log (the table refuses updates and deletes); `db` may be a transaction. */
export async function appendAuditLog(entry: AuditEntry, db: Pick<PrismaClient, "appAuditLog"> = getPrisma()): Promise<void> {
  await db.appAuditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
    },
  });
}
