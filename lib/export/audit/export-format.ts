import { EXPORT_COLUMNS, type AuditExportRow } from "./export-filter";

export type ExportFormat = "json" | "csv";

/** The rows as a JSON array or CSV, chunk by chunk, for a file, stdout or an HTTP response. */
export async function* formatExport(rows: AsyncIterable<AuditExportRow>, format: ExportFormat): AsyncGenerator<string> {
  if (format === "csv") {
    yield `${EXPORT_COLUMNS.join(",")}\r\n`;
    for await (const row of rows) yield `${EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`;
    return;
  }
  let first = true;
  yield "[";
  for await (const row of rows) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

// Fields such as userAgent are written by whoever calls AWS: a cell a spreadsheet would read as a
// formula is prefixed with an apostrophe.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
