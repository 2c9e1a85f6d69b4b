import pg from "pg";

/**
 * Marks a failed migration as rolled back, as `prisma migrate resolve --rolled-back` does, so that
 * the runner applies it again. Our runner applies each migration in a transaction, so a failed
 * one left nothing behind. Returns false when no failed migration has that name.
 */
export async function markRolledBack(url: string, migration: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      `UPDATE "_prisma_migrations" SET "rolled_back_at" = now()
        WHERE "migration_name" = $1 AND "finished_at" IS NULL AND "rolled_back_at" IS NULL`,
      [migration],
    );
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
