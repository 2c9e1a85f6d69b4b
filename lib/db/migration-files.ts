import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");

export type MigrationFile = {
  /** The folder name, e.g. 20260101120000_init; also the `migration_name` Prisma records. */
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma computes it. */
  checksum: string;
};

export function checksumOf(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The migrations under `dir` (default prisma/migrations, from the working directory), oldest first. */
export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  const root = path.resolve(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(root, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration folder ${path.join(dir, name)} has no migration.sql.`);
      const bytes = readFileSync(file);
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    });
}
