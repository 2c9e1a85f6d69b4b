import type { InventoryRecord } from "./inventory-record";

// RFC 4180 CSV with the JSON export's fields: the rotation object as rotation.* columns, aliases
// joined with ";" (alias names cannot contain it), tags as a JSON object (values may hold any text).

export const INVENTORY_CSV_COLUMNS = [
  "arn", "accountId", "region", "keyId", "aliases", "keyState", "keyManager", "keySpec", "keyUsage", "origin", "multiRegion",
  "description", "creationDate", "deletionDate", "validTo", "rotation.enabled", "rotation.periodDays", "rotation.nextRotationDate",
  "rotation.onDemandCount", "grantCount", "tags", "lastUsedAt", "syncedAt",
] as const;

type Cell = string | number | boolean | null;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; such text gets
 * a leading apostrophe (OWASP's advice), so a hostile description or tag cannot run in Excel.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Cell[]) => `${cells.map(csvCell).join(",")}\r\n`;

export function inventoryCsvCells(r: InventoryRecord): Cell[] {
  return [
    r.arn, r.accountId, r.region, r.keyId, r.aliases.join(";"), r.keyState, r.keyManager, r.keySpec, r.keyUsage, r.origin, r.multiRegion,
    r.description, r.creationDate, r.deletionDate, r.validTo, r.rotation.enabled, r.rotation.periodDays, r.rotation.nextRotationDate,
    r.rotation.onDemandCount, r.grantCount, Object.keys(r.tags).length ? JSON.stringify(r.tags) : "", r.lastUsedAt, r.syncedAt,
  ];
}
