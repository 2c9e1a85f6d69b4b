import { defineRoute } from "@/lib/auth/define-route";
import { appendAuditLog } from "@/lib/auth/audit-log";
import { textStreamResponse } from "@/lib/http/text-stream";
import { AppError } from "@/lib/result";
import { keyFilterToSearchParams, parseKeyFilter } from "@/lib/filters/key-filter";
import { readInventory } from "@/lib/export/inventory/read-inventory";
import { INVENTORY_CONTENT_TYPES, INVENTORY_FORMATS, inventoryFileName, writeInventory, type InventoryFormat } from "@/lib/export/inventory/write-inventory";

// GET /api/keys/export?format=json|csv&<filter> — the Keys page's export, streamed as it is read.
export const GET = defineRoute("inventory:export", async (req, user) => {
  const params = req.nextUrl.searchParams;
  const format = params.get("format") as InventoryFormat;
  if (!INVENTORY_FORMATS.includes(format)) throw new AppError("invalid_input", "format: use json or csv");
  const filter = parseKeyFilter(params);
  if (!filter.ok) throw new AppError("invalid_input", filter.message);
  await appendAuditLog({ actor: user, action: "inventory.exported", details: { format, filter: keyFilterToSearchParams(filter.data).toString() } });

  return textStreamResponse(writeInventory(readInventory(filter.data), format), {
    "Content-Type": INVENTORY_CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="${inventoryFileName(format, new Date())}"`,
  }, "/api/keys/export");
});
