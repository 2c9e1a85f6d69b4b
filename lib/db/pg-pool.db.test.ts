import { describe, expect, it } from "vitest";
import { createTestDatabase, databaseTargets } from "./testing";
import { createPgPool } from "./pg-pool";

// PGlite behind its socket has one backend for every connection, so only a server can end one.
describe.skipIf(!databaseTargets().includes("postgres"))("a pg pool whose idle connection is ended by the server", () => {
  it("reports it, and the next query opens a new connection", async () => {
    const db = await createTestDatabase("postgres", { migrate: false });
    const lost: Error[] = [];
    const pool = createPgPool({ connectionString: db.url, max: 1 }, (e) => lost.push(e));
    try {
      const [{ pid }] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
      await db.query("SELECT pg_terminate_backend($1)", [pid]);
      await expect.poll(() => lost.length, { timeout: 5_000 }).toBe(1);
      expect((lost[0] as Error & { code?: string }).code).toBe("57P01");
      const again = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!;
      expect(again.pid).not.toBe(pid);
    } finally {
      await pool.end();
      await db.close();
    }
  });
});
