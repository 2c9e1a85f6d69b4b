// `npm run audit:export -- [--json|--csv] [--key <arn>] [--since <iso>] [--until <iso>]`: the audit
// events to stdout, oldest first, read in keyset pages and written as they are read.
import "./allow-server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ConfigError } from "@/lib/config";
import { openDatabase } from "@/lib/db/open-database";
import { auditExportRows } from "@/lib/export/audit/export-rows";
import { formatExport } from "@/lib/export/audit/export-format";
import { EXPORT_USAGE, parseExportArgs } from "@/cli/export-args";

async function main() {
  const args = parseExportArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`audit:export: ${args.message}. ${EXPORT_USAGE}`);
    process.exit(2);
  }
  const db = await openDatabase({ log: (line) => console.error(line) });
  try {
    await pipeline(Readable.from(formatExport(auditExportRows(db.prisma, args.data.filter), args.data.format)), process.stdout);
  } catch (error) {
    // A reader that stops early (`| head`) closes the pipe: that ends the export, quietly.
    if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`audit:export failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
