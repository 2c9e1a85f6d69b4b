import { z } from "zod";
import { auditEventRecordSchema } from "@/lib/api/audit-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { getAuditEvent } from "@/lib/queries/audit-events/get-audit-event";

const params = z.object({ id: z.string().min(1).max(256, "not a CloudTrail event id") });

// GET /api/audit/events/<eventID> — one event with its raw CloudTrail record, for the drawer.
export const GET = defineRoute({ permission: "audit:read", input: { params }, output: auditEventRecordSchema }, async ({ params }) => {
  const record = await getAuditEvent(params.id);
  if (!record) throw new AppError("not_found", "No event with this id has been ingested.");
  return record;
});
