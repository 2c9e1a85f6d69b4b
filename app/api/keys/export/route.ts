import { z } from "zod";
import { inventoryRecordSchema } from "@/lib/api/key-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { queryWithFilter } from "@/lib/http/query-with-filter";
import { rowsOf } from "@/lib/http/row-stream";
import { keyFilterToSearchParams, parseKeyFilter } from "@/lib/filters/key-filter";
import { readInventory } from "@/lib/export/inventory/read-inventory";
import { INVENTORY_CONTENT_TYPES, INVENTORY_FORMATS, inventoryFileName, writeInventory } from "@/lib/export/inventory/write-inventory";

const query = queryWithFilter(parseKeyFilter, { format: z.enum(INVENTORY_FORMATS, { error: "use json or csv" }) });

// GET /api/keys/export?format=json|csv&<filter> — the Keys page's export, streamed as it is read.
export const GET = defineRoute(
  {
    permission: "inventory:export",
    input: { query },
    output: rowsOf(inventoryRecordSchema),
    audit: ({ input: { query } }) => ({ action: "inventory.exported", details: { format: query.format, filter: keyFilterToSearchParams(query.filter).toString() } }),
  },
  async ({ query }) => ({
    rows: readInventory(query.filter),
    write: (rows) => writeInventory(rows, query.format),
    headers: {
      "Content-Type": INVENTORY_CONTENT_TYPES[query.format],
      "Content-Disposition": `attachment; filename="${inventoryFileName(query.format, new Date())}"`,
    },
  }),
);
