import { z } from "zod";
import { auditExportRowSchema } from "@/lib/api/audit-outputs";
import { formatExport, type ExportFormat } from "@/lib/export/audit/export-format";
import { defineRoute } from "@/lib/auth/define-route";
import { queryWithFilter } from "@/lib/http/query-with-filter";
import { rowsOf } from "@/lib/http/row-stream";
import { auditFilterToSearchParams, parseAuditFilter } from "@/lib/filters/audit-filter";
import { auditFilterExportRows } from "@/lib/export/audit/export-audit-events";

const FORMATS = ["json", "csv"] as const satisfies readonly ExportFormat[];
const CONTENT_TYPES: Record<ExportFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

const query = queryWithFilter(parseAuditFilter, { format: z.enum(FORMATS, { error: "use json or csv" }) });

// GET /api/audit/export?format=json|csv&<filter> — the explorer's filtered events, streamed as read.
export const GET = defineRoute(
  {
    permission: "audit:export",
    input: { query },
    output: rowsOf(auditExportRowSchema),
    audit: ({ input: { query } }) => ({ action: "audit.exported", details: { format: query.format, filter: auditFilterToSearchParams(query.filter).toString() } }),
  },
  async ({ query }) => {
    const now = new Date();
    const stamp = now.toISOString().slice(0, 19).replace(/:/g, "");
    return {
      rows: auditFilterExportRows(query.filter, now),
      write: (rows) => formatExport(rows, query.format),
      headers: { "Content-Type": CONTENT_TYPES[query.format], "Content-Disposition": `attachment; filename="keywarden-audit-${stamp}Z.${query.format}"` },
    };
  },
);
