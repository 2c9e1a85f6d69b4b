import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endsCycle } from "./protocol-queue";
import { startPgliteServer, type PgliteServer } from "./pglite-server";

describe("embedded server: concurrent connections", () => {
  let server: PgliteServer;
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    server = await startPgliteServer();
    for (let i = 0; i < 8; i++) {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      clients.push(client);
    }
    await clients[0]!.query("CREATE TABLE t (id int PRIMARY KEY, a text, b text, c text)");
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await server.close();
  });

  it("keeps each client's extended-query cycles whole (parameter counts never mix)", async () => {
    // Different statements with different parameter counts, all at once from eight connections.
    const work = clients.map(async (client, n) => {
      for (let i = 0; i < 150; i++) {
        const id = n * 1000 + i;
        if (n % 2 === 0) await client.query("INSERT INTO t (id, a, b, c) VALUES ($1, $2, $3, $4)", [id, "a", "b", "c"]);
        else await client.query("INSERT INTO t (id, a) VALUES ($1, $2)", [id, "a"]);
        const { rows } = await client.query("SELECT count(*)::int AS n FROM t WHERE id = $1", [id]);
        expect(rows[0].n).toBe(1);
      }
    });
    await Promise.all(work);
    const { rows } = await clients[0]!.query("SELECT count(*)::int AS n FROM t");
    expect(rows[0].n).toBe(1200);
  });

  it("gives a transaction's connection the database until it commits", async () => {
    const [a, b] = clients;
    await a!.query("BEGIN");
    await a!.query("INSERT INTO t (id) VALUES ($1)", [9001]);
    const other = b!.query("SELECT count(*)::int AS n FROM t WHERE id = $1", [9001]);
    await a!.query("INSERT INTO t (id) VALUES ($1)", [9002]);
    await a!.query("COMMIT");
    expect((await other).rows[0].n).toBe(1);
  });

  it("knows which messages end a request cycle", () => {
    const msg = (c: string) => new Uint8Array([c.charCodeAt(0), 0, 0, 0, 4]);
    expect(["S", "Q", "X"].map((c) => endsCycle(msg(c)))).toEqual([true, true, true]);
    expect(["P", "B", "D", "E", "H"].map((c) => endsCycle(msg(c)))).toEqual([false, false, false, false, false]);
    expect(endsCycle(new Uint8Array([0, 0, 0, 8, 0, 3, 0, 0]))).toBe(true);
  });
});
