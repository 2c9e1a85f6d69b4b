import "server-only";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { appendAuditLog } from "./audit-log";
import type { AuditRecord } from "./audit-spec";

/** Appends what a signed-in person did, and from where, to the app's audit log. */
export async function writeAudit(actor: { id: string; email: string }, record: AuditRecord, origin: RequestOrigin): Promise<void> {
  await appendAuditLog({ actor, ...record, ip: origin.ip, userAgent: origin.userAgent });
}
