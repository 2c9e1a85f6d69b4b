import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { startPgliteServer } from "../embedded/pglite-server";
import { migrate } from "../migrate";
import { readMigrations } from "../migration-files";

// Creating a PGlite database costs about 2 s (initdb in WASM); loading a saved data directory
// about 0.5 s. Each test file gets a fresh database loaded from a tarball cached in the temp dir,
// keyed by the PGlite version and the migrations' checksums.

function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

export async function pgliteTemplate(migrated: boolean, migrationsDir?: string): Promise<Blob> {
  const migrations = migrated ? readMigrations(migrationsDir).map((m) => `${m.name}:${m.checksum}`) : ["empty"];
  const key = createHash("sha256").update([pgliteVersion(), ...migrations].join("\n")).digest("hex").slice(0, 16);
  const file = path.join(os.tmpdir(), `keywarden-pglite-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  removeOldTemplates();
  const server = await startPgliteServer();
  try {
    if (migrated) await migrate(server.url, { dir: migrationsDir });
    const dump = await server.db.dumpDataDir("none");
    const bytes = Buffer.from(await dump.arrayBuffer());
    const temp = `${file}.${process.pid}`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
    return new Blob([bytes]);
  } finally {
    await server.close();
  }
}

// Each template is about 40 MB; those of older migrations are not needed for long.
function removeOldTemplates() {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(os.tmpdir())) {
    if (!/^keywarden-pglite-[0-9a-f]{16}\.tar$/.test(name)) continue;
    const file = path.join(os.tmpdir(), name);
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && modified < dayAgo) rmSync(file, { force: true });
  }
}
