import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMigration, migrationSlug, migrationTimestamp, SCHEMA_FILE } from "./create-migration";
import { MIGRATIONS_DIR } from "./migration-files";

const work = mkdtempSync(path.join(os.tmpdir(), "keywarden-create-migration-"));
const dir = path.join(work, "migrations");
const schemaFile = path.join(work, "schema.prisma");
cpSync(MIGRATIONS_DIR, dir, { recursive: true });
rmSync(path.join(dir, "migration_lock.toml"));
const existing = readdirSync(dir).length;
writeFileSync(schemaFile, readFileSync(SCHEMA_FILE, "utf8"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run db:migration", () => {
  it("names folders as Prisma does", () => {
    expect(migrationTimestamp(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607");
    expect(migrationSlug("Add key notes!")).toBe("add_key_notes");
  });

  it("refuses when schema.prisma already matches the migrations", async () => {
    const result = await createMigration("nothing", { dir, schemaFile });
    expect(result).toEqual({ written: false, reason: "schema.prisma already matches the migrations: there is nothing to migrate." });
    expect(readdirSync(dir).length).toBe(existing);
  });

  it("writes the SQL from the existing migrations to the changed schema, and the lock file", async () => {
    const schema = readFileSync(schemaFile, "utf8").replace("model KeyTag {", "model KeyTag {\n  note String?");
    writeFileSync(schemaFile, schema.replace("@@index([deletionDate])", "@@index([deletionDate])\n  @@index([multiRegion])"));
    const result = await createMigration("key notes", { dir, schemaFile, now: new Date("2099-01-01T00:00:00Z") });
    expect(result).toMatchObject({ written: true, name: "20990101000000_key_notes" });
    const sql = readFileSync(path.join(dir, "20990101000000_key_notes", "migration.sql"), "utf8");
    expect(sql).toContain(`ALTER TABLE "KeyTag" ADD COLUMN     "note" TEXT;`);
    expect(sql).toContain(`CREATE INDEX "KmsKey_multiRegion_idx" ON "KmsKey"("multiRegion");`);
    expect(sql).not.toContain("CREATE TABLE");
    expect(existsSync(path.join(dir, "migration_lock.toml"))).toBe(true);
    expect(readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("refuses a name that would sort before the latest migration", async () => {
    await expect(createMigration("late", { dir, schemaFile, now: new Date("2026-01-01T00:00:00Z") })).rejects.toThrow(/already exists and would sort after/);
  });
});
