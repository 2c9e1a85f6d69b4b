import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { getConfig } from "@/lib/config";
import { closePrisma, createPrisma, type PrismaClient } from "./client";
import { setTestDatabaseUrl } from "./database-url";
import { startPgliteServer } from "./embedded/pglite-server";
import { migrate } from "./migrate";
import { createPgPool } from "./pg-pool";
import { pgliteTemplate } from "./testing/pglite-template";
import { createServerDatabase } from "./testing/server-database";
import { truncateAll } from "./testing/truncate-all";

export type DatabaseTarget = "pglite" | "postgres";

export type TestDatabaseOptions = {
  /** Apply prisma/migrations (default true). */
  migrate?: boolean;
};

export type TestDatabase = {
  readonly target: DatabaseTarget;
  readonly url: string;
  /** A Prisma client for this database (getPrisma() returns one too while withTestDatabase is active). */
  readonly prisma: PrismaClient;
  query<Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Empties every table, append-only ones included: a clean slate between tests. */
  truncate(): Promise<void>;
  close(): Promise<void>;
};

/** PGlite always; also the Postgres server when DATABASE_URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  return getConfig().databaseUrl ? ["pglite", "postgres"] : ["pglite"];
}

/** A fresh database: in-memory PGlite served on a local socket, or a new database on the server. */
export async function createTestDatabase(target: DatabaseTarget, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrated = options.migrate ?? true;
  let url: string;
  let dispose: () => Promise<void>;
  if (target === "pglite") {
    const server = await startPgliteServer({ loadDataDir: await pgliteTemplate(migrated) });
    url = server.url;
    dispose = server.close;
  } else {
    const serverUrl = getConfig().databaseUrl;
    if (!serverUrl) throw new Error("The postgres test target needs DATABASE_URL.");
    const database = await createServerDatabase(serverUrl);
    url = database.url;
    dispose = database.drop;
    try {
      if (migrated) await migrate(url);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  // DROP DATABASE … WITH (FORCE) may end a connection the pool is still closing: expected here.
  const pool = createPgPool({ connectionString: url, max: 2 }, () => {});
  let prisma: PrismaClient | undefined;
  return {
    target,
    url,
    get prisma() {
      return (prisma ??= createPrisma(url, { max: 3 }));
    },
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    truncate: () => truncateAll(pool),
    close: async () => {
      await prisma?.$disconnect();
      await pool.end();
      await dispose();
    },
  };
}

/**
 * A fresh database for the enclosing describe block, created in beforeAll and dropped in afterAll.
 * While the block runs, getPrisma() also points at it.
 */
export function withTestDatabase(target: DatabaseTarget, options: TestDatabaseOptions = {}): TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(target, options);
    setTestDatabaseUrl(db.url);
  });
  afterAll(async () => {
    setTestDatabaseUrl(undefined);
    await closePrisma();
    await db?.close();
  });
  const ready = () => {
    if (!db) throw new Error("The test database is created in beforeAll: use it inside tests and hooks.");
    return db;
  };
  return {
    target,
    get url() {
      return ready().url;
    },
    get prisma() {
      return ready().prisma;
    },
    query: (sql, params) => ready().query(sql, params),
    truncate: () => ready().truncate(),
    close: () => ready().close(),
  };
}

/** describe(name) once per available target, each with its own fresh database. */
export function describeEachDatabase(name: string, body: (db: TestDatabase) => void, options: TestDatabaseOptions = {}): void {
  for (const target of databaseTargets()) {
    describe(`${name} [${target}]`, () => body(withTestDatabase(target, options)));
  }
}
