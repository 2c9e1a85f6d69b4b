import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "./create-migration";
import { readDatabaseShape } from "./schema-check/actual-shape";
import { compareShapes } from "./schema-check/compare-shapes";
import { loadExpectedShape } from "./schema-check/load-expected";
import { diffDatabaseToSchema } from "./schema-engine/engine";
import { databaseTargets, withTestDatabase } from "./testing";

describe.each(databaseTargets())("the migrated database matches schema.prisma [%s]", (target) => {
  const db = withTestDatabase(target);

  it("per Prisma's schema engine: no difference left to migrate", async () => {
    const diff = await diffDatabaseToSchema(db.url, readFileSync(SCHEMA_FILE, "utf8"));
    expect(diff.sql).toBe("-- This is an empty migration.\n");
    expect(diff.empty).toBe(true);
  });

  it("per pg_catalog against the DMMF: tables, columns, types, nullability, unique constraints, indexes, foreign keys", async () => {
    const expected = await loadExpectedShape(SCHEMA_FILE);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const actual = await readDatabaseShape(client);
      expect(compareShapes(expected, actual)).toEqual([]);
      // the comparison is not vacuous
      expect(Object.keys(actual.tables).length).toBe(Object.keys(expected.tables).length);
      expect(Object.keys(actual.tables).length).toBeGreaterThan(20);
    } finally {
      await client.end();
    }
  });

  it("stores every timestamp with its time zone", async () => {
    const rows = await db.query<{ column: string }>(
      `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(rows.map((r) => r.column)).toEqual([]);
  });

  it("says exactly what differs when the database drifts (runs last: it alters the database)", async () => {
    await db.query(`ALTER TABLE "KmsKey" ALTER COLUMN "description" DROP NOT NULL`);
    await db.query(`ALTER TABLE "Session" ALTER COLUMN "expires" TYPE timestamp(3)`);
    await db.query(`DROP INDEX "KmsKey_keyId_idx"`);
    await db.query(`ALTER TABLE "User" DROP CONSTRAINT "User_pkey" CASCADE`);
    await db.query(`ALTER TABLE "AppAuditLog" ADD COLUMN "extra" text`);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const actual = await readDatabaseShape(client).finally(() => client.end());
    const differences = compareShapes(await loadExpectedShape(SCHEMA_FILE), actual);
    expect(differences).toEqual(
      expect.arrayContaining([
        "KmsKey.description: is nullable, schema.prisma says NOT NULL",
        "Session.expires: type is timestamp(3) without time zone, schema.prisma says timestamp(3) with time zone",
        "KmsKey: index KmsKey_keyId_idx index (keyId) is missing from the database",
        "User: index User_pkey primary (id) is missing from the database",
        "AppAuditLog.extra: column is not in schema.prisma",
        "Approval: foreign key Approval_approverId_fkey (approverId) → User(id) ON DELETE RESTRICT is missing from the database",
      ]),
    );
    const diff = await diffDatabaseToSchema(db.url, readFileSync(SCHEMA_FILE, "utf8"));
    expect(diff.empty).toBe(false);
    expect(diff.sql).toContain(`CREATE INDEX "KmsKey_keyId_idx"`);
  });
});
