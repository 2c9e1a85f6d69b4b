import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgliteServer, type PgliteServer } from "./pglite-server";

// How several pg clients behave on one PGlite served through the socket.
describe("PGlite behind the socket, several clients", () => {
  let server: PgliteServer;
  let pool: pg.Pool;
  beforeAll(async () => {
    server = await startPgliteServer();
    pool = new pg.Pool({ connectionString: server.url, max: 8 });
    await pool.query(`CREATE TABLE "counter" ("id" int PRIMARY KEY, "n" int NOT NULL); INSERT INTO "counter" VALUES (1, 0)`);
  });
  afterAll(async () => {
    await pool.end();
    await server.close();
  });

  it("serves eight concurrent clients without losing a read-modify-write", async () => {
    const worker = async () => {
      for (let i = 0; i < 20; i++) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query<{ n: number }>(`SELECT "n" FROM "counter" WHERE "id" = 1`);
          await client.query(`UPDATE "counter" SET "n" = $1 WHERE "id" = 1`, [rows[0]!.n + 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect((await pool.query(`SELECT "n" FROM "counter"`)).rows).toEqual([{ n: 160 }]);
  });

  it("runs one transaction at a time: other clients wait for the open one to finish", async () => {
    const a = await pool.connect();
    await a.query("BEGIN");
    await a.query(`UPDATE "counter" SET "n" = -1`);
    let seen: number | undefined;
    const other = pool.query<{ n: number }>(`SELECT "n" FROM "counter"`).then((r) => (seen = r.rows[0]!.n));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toBeUndefined();
    await a.query("COMMIT");
    a.release();
    await other;
    expect(seen).toBe(-1);
  });

  it("shares one session, so session-level advisory locks do not exclude other connections", async () => {
    const [a, b] = [await pool.connect(), await pool.connect()];
    try {
      const tryLock = (c: pg.PoolClient) => c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(42) AS ok").then((r) => r.rows[0]!.ok);
      expect(await tryLock(a)).toBe(true);
      expect(await tryLock(b)).toBe(true);
      await a.query("SELECT pg_advisory_unlock_all()");
    } finally {
      a.release();
      b.release();
    }
  });

  it("rolls back the open transaction of a client that disconnects", async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`UPDATE "counter" SET "n" = 999`);
    await client.end();
    expect((await pool.query(`SELECT "n" FROM "counter"`)).rows).toEqual([{ n: -1 }]);
  });
});
