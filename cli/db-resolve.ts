// `npm run db:resolve -- --rolled-back <migration>`: after a migration failed (and was rolled
// back), lets the next start apply it again. Works on the embedded database while npm start runs.
import "./allow-server-only";
import { markRolledBack } from "@/lib/db/mark-rolled-back";
import { resolveDatabase } from "@/lib/db/resolve-database";

async function main() {
  const [flag, name] = process.argv.slice(2);
  if (flag !== "--rolled-back" || !name) {
    console.error("Usage: npm run db:resolve -- --rolled-back <migration name>");
    process.exit(2);
  }
  const db = await resolveDatabase();
  try {
    if (!(await markRolledBack(db.url, name))) {
      console.error(`No failed migration named ${name} is recorded in the database.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Marked ${name} as rolled back: it is applied again at the next start.`);
  } finally {
    await db.release();
  }
}

main().catch((error: unknown) => {
  console.error(`db:resolve failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
