import type { ClientBase } from "pg";
import type { MigrationFile } from "./migration-files";

// Prisma's own table, column for column, so that `prisma migrate deploy` can take over.
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

export type MigrationProblem = { kind: "failed" | "checksum_mismatch"; migration: string; message: string };

/** Rows that count: a row marked rolled back is history only (Prisma re-applies that migration). */
export async function readMigrationRows(client: ClientBase): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>(
    `SELECT * FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL ORDER BY "started_at", "migration_name"`,
  );
  return rows;
}

/** The first reason not to apply anything, or undefined when the history is sound. */
export function findProblem(rows: MigrationRow[], files: MigrationFile[]): MigrationProblem | undefined {
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    const reason = (failed.logs ?? "").split("\n")[0] || "no log recorded";
    return {
      kind: "failed",
      migration: failed.migration_name,
      message:
        `Migration ${failed.migration_name} failed on ${failed.started_at.toISOString()} (${reason}); its changes were rolled back. ` +
        `Fix the migration or the database, then run: npm run db:resolve -- --rolled-back ${failed.migration_name}`,
    };
  }
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of rows) {
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      return {
        kind: "checksum_mismatch",
        migration: row.migration_name,
        message:
          `Migration ${row.migration_name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
          `${file.checksum.slice(0, 12)}… on disk): restore the file and put the change in a new migration (npm run db:migration -- <name>).`,
      };
    }
  }
  return undefined;
}
