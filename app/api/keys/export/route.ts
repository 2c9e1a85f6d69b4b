import { defineRoute } from "@/lib/auth/define-route";
import { appendAuditLog } from "@/lib/auth/audit-log";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/result";
import { keyFilterToSearchParams, parseKeyFilter } from "@/lib/queries/keys/key-filter";
import { readInventory } from "@/lib/inventory/read-inventory";
import { INVENTORY_CONTENT_TYPES, INVENTORY_FORMATS, inventoryFileName, writeInventory, type InventoryFormat } from "@/lib/inventory/write-inventory";

// GET /api/keys/export?format=json|csv&<filter> — the Keys page's export, streamed as it is read.
export const GET = defineRoute("inventory:export", async (req, user) => {
  const params = req.nextUrl.searchParams;
  const format = params.get("format") as InventoryFormat;
  if (!INVENTORY_FORMATS.includes(format)) throw new AppError("invalid_input", "format: use json or csv");
  const filter = parseKeyFilter(params);
  if (!filter.ok) throw new AppError("invalid_input", filter.message);
  const db = getPrisma();
  await appendAuditLog(db, { actor: user, action: "inventory.exported", details: { format, filter: keyFilterToSearchParams(filter.data).toString() } });

  const chunks = writeInventory(readInventory(db, filter.data), format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("[route /api/keys/export]", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": INVENTORY_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${inventoryFileName(format, new Date())}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
