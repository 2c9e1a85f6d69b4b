import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { decodeAuditCursor } from "@/lib/queries/audit-events/audit-cursor";
import { parseAuditFilter } from "@/lib/filters/audit-filter";
import { listAuditEvents } from "@/lib/queries/audit-events/list-audit-events";

// GET /api/audit/events?<filter>&now=…&cursor=… — the explorer's next page (infinite scrolling).
export const GET = defineRoute("audit:read", async (req) => {
  const params = req.nextUrl.searchParams;
  const filter = parseAuditFilter(params);
  if (!filter.ok) throw new AppError("invalid_input", filter.message);
  const text = params.get("cursor");
  const cursor = text ? decodeAuditCursor(text) : undefined;
  if (text && !cursor) throw new AppError("invalid_input", "cursor: not a cursor; reload the page");
  // the first page's "now": a preset range stays the same window while the reader scrolls
  const nowText = params.get("now");
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) throw new AppError("invalid_input", "now: must be an ISO time");
  const page = await listAuditEvents(filter.data, { cursor, now });
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
