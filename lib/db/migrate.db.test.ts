import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { markRolledBack } from "./mark-rolled-back";
import { migrate, MigrationError } from "./migrate";
import { checksumOf, readMigrations } from "./migration-files";
import { databaseTargets, withTestDatabase } from "./testing";

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

type Row = { id: string; checksum: string; migration_name: string; finished_at: Date | null; started_at: Date; logs: string | null; rolled_back_at: Date | null; applied_steps_count: number };

describe.each(databaseTargets())("migration runner [%s]", (target) => {
  describe("the project's migrations", () => {
    const db = withTestDatabase(target, { migrate: false });

    it("applies each once, recorded as Prisma records them; running again changes nothing", async () => {
      const files = readMigrations();
      expect(files.slice(0, 2).map((f) => f.name)).toEqual([expect.stringMatching(/^\d{14}_init$/), expect.stringMatching(/^\d{14}_guards$/)]);
      expect(await migrate(db.url)).toEqual({ applied: files.map((f) => f.name), total: files.length, unknown: [] });
      expect(await migrate(db.url)).toEqual({ applied: [], total: files.length, unknown: [] });

      const rows = await db.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY "started_at"`);
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const [i, row] of rows.entries()) {
        const file = path.join("prisma", "migrations", row.migration_name, "migration.sql");
        expect(row).toMatchObject({ checksum: checksumOf(readFileSync(file)), logs: null, rolled_back_at: null, applied_steps_count: 1 });
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
        expect(row.checksum).toBe(files[i]!.checksum);
      }
    });

    it("keeps Prisma's _prisma_migrations columns", async () => {
      const columns = await db.query<{ column_name: string; data_type: string; is_nullable: string }>(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable === "YES" ? "NULL" : "NOT NULL"}`)).toEqual([
        "id character varying NOT NULL",
        "checksum character varying NOT NULL",
        "finished_at timestamp with time zone NULL",
        "migration_name character varying NOT NULL",
        "logs text NULL",
        "rolled_back_at timestamp with time zone NULL",
        "started_at timestamp with time zone NOT NULL",
        "applied_steps_count integer NOT NULL",
      ]);
    });
  });

  describe("refusals", () => {
    const db = withTestDatabase(target, { migrate: false });

    it("refuses to run when an applied migration's file changed", async () => {
      const dir = migrationsDir({ "20260101000000_a": `CREATE TABLE "a" ("id" int);` });
      await migrate(db.url, { dir });
      writeMigration(dir, "20260101000000_a", `CREATE TABLE "a" ("id" bigint);`);
      const error = await migrate(db.url, { dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect(error).toMatchObject({ kind: "checksum_mismatch", migration: "20260101000000_a" });
      expect((error as Error).message).toMatch(/^Migration 20260101000000_a was changed after it was applied \(checksum [0-9a-f]{12}… in the database, [0-9a-f]{12}… on disk\)/);
      expect((error as Error).message).not.toContain("\n");
    });

    it("rolls a failing migration back, records it, and refuses until it is marked rolled back", async () => {
      const dir = migrationsDir({
        "20260201000000_b": `CREATE TABLE "b" ("id" int);`,
        "20260201000001_c": `CREATE TABLE "c" ("id" int); SELECT 1 / 0;`,
        "20260201000002_d": `CREATE TABLE "d" ("id" int);`,
      });
      await expect(migrate(db.url, { dir })).rejects.toMatchObject({ kind: "apply_failed", migration: "20260201000001_c" });
      expect(await db.query(`SELECT to_regclass('"b"')::text AS b, to_regclass('"c"')::text AS c, to_regclass('"d"')::text AS d`)).toEqual([{ b: "b", c: null, d: null }]);
      const [failed] = await db.query<Row>(`SELECT * FROM "_prisma_migrations" WHERE "migration_name" = '20260201000001_c'`);
      expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
      expect(failed!.logs).toContain("division by zero");

      const refused = await migrate(db.url, { dir }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ kind: "failed", migration: "20260201000001_c" });
      expect((refused as Error).message).toContain("npm run db:resolve -- --rolled-back 20260201000001_c");

      writeMigration(dir, "20260201000001_c", `CREATE TABLE "c" ("id" int);`);
      expect(await markRolledBack(db.url, "20260201000001_c")).toBe(true);
      expect(await markRolledBack(db.url, "20260201000001_c")).toBe(false);
      expect((await migrate(db.url, { dir })).applied).toEqual(["20260201000001_c", "20260201000002_d"]);
    });

    it("reports migrations recorded in the database but missing on disk", async () => {
      const dir = migrationsDir({ "20260101000000_a": `CREATE TABLE "a" ("id" int);` });
      const result = await migrate(db.url, { dir });
      expect(result.unknown).toEqual(expect.arrayContaining(["20260201000000_b", "20260201000001_c", "20260201000002_d"]));
    });
  });

  describe("concurrency", () => {
    const db = withTestDatabase(target, { migrate: false });

    it("waits while another session holds the migration lock", async () => {
      const dir = migrationsDir({ "20260301000000_e": `CREATE TABLE "e" ("id" int);` });
      const other = new pg.Client({ connectionString: db.url });
      await other.connect();
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock(72707369)");
      let settled = false;
      const running = migrate(db.url, { dir }).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 400));
      expect(settled).toBe(false);
      await other.query("COMMIT");
      await other.end();
      expect((await running).applied).toEqual(["20260301000000_e"]);
    });

    it("two runners at once apply each migration exactly once", async () => {
      const runs = await Promise.all([migrate(db.url), migrate(db.url)]);
      const names = readMigrations().map((m) => m.name);
      expect([...runs[0].applied, ...runs[1].applied].sort()).toEqual(names);
      const rows = await db.query<{ migration_name: string }>(`SELECT "migration_name" FROM "_prisma_migrations" WHERE "migration_name" NOT LIKE '20260301%'`);
      expect(rows.map((r) => r.migration_name).sort()).toEqual(names);
    });
  });
});
