import type pg from "pg";

/** Empties every table but _prisma_migrations; user triggers (the append-only guard) are off meanwhile. */
export async function truncateAll(pool: pg.Pool): Promise<void> {
  const tables = (
    await pool.query<{ name: string }>(
      `SELECT format('%I', tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    )
  ).rows.map((r) => r.name);
  if (tables.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const t of tables) await client.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
    for (const t of tables) await client.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
