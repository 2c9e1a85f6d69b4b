import { csvLine } from "../csv";
import { EXPORT_COLUMNS, type AuditExportRow } from "./export-filter";

export type ExportFormat = "json" | "csv";

/** The rows as a JSON array or CSV, chunk by chunk, for a file, stdout or an HTTP response. */
export async function* formatExport(rows: AsyncIterable<AuditExportRow>, format: ExportFormat): AsyncGenerator<string> {
  if (format === "csv") {
    yield csvLine(EXPORT_COLUMNS);
    for await (const row of rows) yield csvLine(EXPORT_COLUMNS.map((c) => row[c]));
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
