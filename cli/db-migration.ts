// `npm run db:migration -- <name>`: writes the next migration from the changes to schema.prisma.
import "./allow-server-only";
import path from "node:path";
import { createMigration } from "@/lib/db/create-migration";

async function main() {
  const name = process.argv.slice(2).join(" ").trim();
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_key_notes)");
    process.exit(2);
  }
  const created = await createMigration(name);
  if (!created.written) {
    console.error(`No migration written: ${created.reason}`);
    process.exit(1);
  }
  console.log(`Wrote ${path.relative(process.cwd(), created.file)}. Review it, then it is applied at the next start (or test run).`);
}

main().catch((error: unknown) => {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
