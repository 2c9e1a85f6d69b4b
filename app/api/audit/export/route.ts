import { defineRoute } from "@/lib/auth/define-route";
import { appendAuditLog } from "@/lib/auth/audit-log";
import { formatExport, type ExportFormat } from "@/lib/export/audit/export-format";
import { textStreamResponse } from "@/lib/http/text-stream";
import { AppError } from "@/lib/result";
import { auditFilterToSearchParams, parseAuditFilter } from "@/lib/filters/audit-filter";
import { auditFilterExportRows } from "@/lib/export/audit/export-audit-events";

const CONTENT_TYPES: Record<ExportFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

// GET /api/audit/export?format=json|csv&<filter> — the explorer's filtered events, streamed as read.
export const GET = defineRoute("audit:export", async (req, user) => {
  const params = req.nextUrl.searchParams;
  const format = params.get("format") as ExportFormat;
  if (format !== "json" && format !== "csv") throw new AppError("invalid_input", "format: use json or csv");
  const filter = parseAuditFilter(params);
  if (!filter.ok) throw new AppError("invalid_input", filter.message);
  const now = new Date();
  await appendAuditLog({ actor: user, action: "audit.exported", details: { format, filter: auditFilterToSearchParams(filter.data).toString() } });
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, "");
  return textStreamResponse(formatExport(auditFilterExportRows(filter.data, now), format), {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="keywarden-audit-${stamp}Z.${format}"`,
  }, "/api/audit/export");
});
