import { z } from "zod";
import { auditEventPageSchema } from "@/lib/api/audit-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { queryWithFilter } from "@/lib/http/query-with-filter";
import { AppError } from "@/lib/result";
import { decodeAuditCursor } from "@/lib/queries/audit-events/audit-cursor";
import { parseAuditFilter } from "@/lib/filters/audit-filter";
import { listAuditEvents } from "@/lib/queries/audit-events/list-audit-events";

const query = queryWithFilter(parseAuditFilter, {
  cursor: z.string().max(8192).optional(),
  // the first page's "now": a preset range stays the same window while the reader scrolls
  // Postgres keeps times from 4713 BC; a JavaScript date can be far outside that.
  now: z.coerce.date({ error: "must be an ISO time" }).min(new Date("1970-01-01T00:00:00Z"), "must be an ISO time after 1970").max(new Date("9999-12-31T23:59:59Z"), "must be an ISO time before 10000").optional(),
});

// GET /api/audit/events?<filter>&now=…&cursor=… — the explorer's next page (infinite scrolling).
export const GET = defineRoute({ permission: "audit:read", input: { query }, output: auditEventPageSchema }, async ({ query }) => {
  const cursor = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
  if (query.cursor && !cursor) throw new AppError("invalid_input", "cursor: not a cursor; reload the page");
  return listAuditEvents(query.filter, { cursor, now: query.now ?? new Date() });
});
