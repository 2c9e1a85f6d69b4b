import { randomUUID } from "node:crypto";
import pg from "pg";
import { readMigrations, type MigrationFile } from "./migration-files";
import { CREATE_MIGRATIONS_TABLE, findProblem, readMigrationRows, type MigrationProblem } from "./migrations-table";

// The key `prisma migrate deploy` locks, so our runner and Prisma's exclude each other too.
const PRISMA_MIGRATE_LOCK = 72707369;

export type MigrateOptions = {
  /** Default prisma/migrations, from the working directory. */
  dir?: string;
  log?: (line: string) => void;
};

export type MigrateResult = {
  /** Migrations this call applied, oldest first. */
  applied: string[];
  /** How many migrations exist on disk. */
  total: number;
  /** Recorded as applied in the database but missing on disk (a newer version ran here). */
  unknown: string[];
};

export class MigrationError extends Error {
  constructor(
    readonly kind: MigrationProblem["kind"] | "apply_failed",
    readonly migration: string,
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/**
 * Applies pending migrations in order, each in its own transaction, recording them in
 * `_prisma_migrations` exactly as Prisma does. Safe to call from several processes at once.
 */
export async function migrate(url: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const files = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url, application_name: "keywarden-migrate" });
  await client.connect();
  try {
    const locked = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PRISMA_MIGRATE_LOCK]);
    if (!locked.rows[0]!.ok) {
      options.log?.("Waiting for another process to finish migrating the database…");
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    }
    try {
      return await applyPending(client, files, options);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
    }
  } finally {
    await client.end();
  }
}

async function applyPending(client: pg.Client, files: MigrationFile[], options: MigrateOptions): Promise<MigrateResult> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const before = await readMigrationRows(client);
  refuseIfUnsound(before, files);
  const applied: string[] = [];
  for (const file of files) {
    if (await applyOne(client, file, files)) {
      applied.push(file.name);
      options.log?.(`Applied migration ${file.name}`);
    }
  }
  const onDisk = new Set(files.map((f) => f.name));
  return { applied, total: files.length, unknown: before.map((r) => r.migration_name).filter((n) => !onDisk.has(n)) };
}

function refuseIfUnsound(rows: Awaited<ReturnType<typeof readMigrationRows>>, files: MigrationFile[]) {
  const problem = findProblem(rows, files);
  if (problem) throw new MigrationError(problem.kind, problem.migration, problem.message);
}

/**
 * The history is read again inside the migration's transaction: on PGlite every connection shares
 * one session, so the advisory lock does not exclude a second runner, but transactions are
 * serialized, and this re-check is what keeps a migration from being applied twice there.
 */
async function applyOne(client: pg.Client, file: MigrationFile, files: MigrationFile[]): Promise<boolean> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    const rows = await readMigrationRows(client);
    refuseIfUnsound(rows, files);
    if (rows.some((r) => r.migration_name === file.name)) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    if (error instanceof MigrationError) throw error;
    const message = describeError(error);
    await recordFailure(client, id, file, message);
    throw new MigrationError(
      "apply_failed",
      file.name,
      `Migration ${file.name} failed and was rolled back: ${message}`,
    );
  }
}

async function recordFailure(client: pg.Client, id: string, file: MigrationFile, message: string) {
  await client.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "started_at", "applied_steps_count") VALUES ($1, $2, $3, $4, clock_timestamp(), 0)`,
    [id, file.checksum, file.name, message],
  );
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.message} (SQLSTATE ${code})` : error.message;
}
