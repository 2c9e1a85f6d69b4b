// A separate process for the embedded-database tests: resolves the embedded database of the data
// directory in argv[2], writes a marker row, prints the URL, and stays up until killed.
import { parseConfig } from "@/lib/config";
import pg from "pg";
import { resolveDatabase } from "../resolve-database";

async function main() {
  const db = await resolveDatabase({ config: parseConfig({ KEYWARDEN_DATA_DIR: process.argv[2] }) });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`CREATE TABLE IF NOT EXISTS "marker" ("pid" int)`);
  await client.query(`INSERT INTO "marker" VALUES ($1)`, [process.pid]);
  await client.end();
  console.log(JSON.stringify({ url: db.url, embedded: db.embedded }));
  setInterval(() => {}, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
