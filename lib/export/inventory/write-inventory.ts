import { csvLine } from "../csv";
import { INVENTORY_CSV_COLUMNS, inventoryCsvCells } from "./inventory-csv";
import type { InventoryRecord } from "./inventory-record";

export const INVENTORY_FORMATS = ["json", "csv"] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

export const INVENTORY_CONTENT_TYPES: Record<InventoryFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** The export as text chunks: a JSON array with one key per line, or CSV with a header row. */
export async function* writeInventory(records: AsyncIterable<InventoryRecord>, format: InventoryFormat): AsyncGenerator<string> {
  if (format === "csv") {
    yield csvLine([...INVENTORY_CSV_COLUMNS]);
    for await (const r of records) yield csvLine(inventoryCsvCells(r));
    return;
  }
  let first = true;
  for await (const r of records) {
    yield `${first ? "[\n" : ",\n"}${JSON.stringify(r)}`;
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}

export function inventoryFileName(format: InventoryFormat, at: Date): string {
  return `keywarden-inventory-${at.toISOString().slice(0, 19).replace(/:/g, "")}Z.${format}`;
}
