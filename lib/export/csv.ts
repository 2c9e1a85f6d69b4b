// RFC 4180 CSV, one line at a time, for every export.

export type Cell = string | number | boolean | null;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; such text gets
 * a leading apostrophe (OWASP's advice), so a hostile description, tag or user agent cannot run in
 * Excel. Cells with outer spaces are quoted so that no reader trims them.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvCell).join(",")}\r\n`;
