// `npm run inventory -- --json|--csv [--region …]`: prints the current inventory to stdout, read in
// keyset batches and written as it is read. Works alone and while npm start is running.
import "./allow-server-only";
import { ConfigError } from "@/lib/config";
import { openDatabase } from "@/lib/db/open-database";
import { INVENTORY_USAGE, parseInventoryArgs } from "@/cli/inventory-args";
import { readInventory } from "@/lib/export/inventory/read-inventory";
import { writeInventory } from "@/lib/export/inventory/write-inventory";

async function main() {
  const args = parseInventoryArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`inventory: ${args.message}. ${INVENTORY_USAGE}`);
    process.exit(2);
  }
  const db = await openDatabase({ log: (line) => console.error(line) });
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLIs do.
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
    process.stdout.emit("drain");
  });
  try {
    for await (const chunk of writeInventory(readInventory(args.data.filter), args.data.format)) {
      if (closed) break;
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`inventory failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
