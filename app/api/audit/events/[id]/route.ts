import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { getAuditEvent } from "@/lib/queries/audit-events/get-audit-event";

type Ctx = { params: Promise<{ id: string }> };

// GET /api/audit/events/<eventID> — one event with its raw CloudTrail record, for the drawer.
export const GET = defineRoute("audit:read", async (_req, _user, ctx: Ctx) => {
  const { id } = await ctx.params;
  if (!id || id.length > 256) throw new AppError("invalid_input", "id: not a CloudTrail event id");
  const record = await getAuditEvent(id);
  if (!record) throw new AppError("not_found", "No event with this id has been ingested.");
  return NextResponse.json(record, { headers: { "Cache-Control": "no-store" } });
});
