import type { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { ProtocolCycleQueue } from "./protocol-queue";

const PARSE = new Uint8Array([0x50, 0, 0, 0, 4]);
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** A PGlite that answers every message, then closes: from then on every call throws, as PGlite's do. */
function closingDb() {
  const state = { closed: false, inTransaction: false, execs: [] as string[] };
  const closedError = () => new Error("PGlite is closed");
  const db = {
    runExclusive: async <T>(fn: () => Promise<T>) => fn(),
    execProtocolRawStream: async (_m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }) => {
      if (state.closed) throw closedError();
      o.onRawData(new Uint8Array([1]));
    },
    isInTransaction: () => {
      if (state.closed) throw closedError();
      return state.inTransaction;
    },
    exec: async (sql: string) => {
      if (state.closed) throw closedError();
      state.execs.push(sql);
      return [];
    },
  };
  return { db: db as unknown as PGlite, state };
}

describe("ProtocolCycleQueue when a connection goes", () => {
  it("rolls back the transaction of a connection that leaves in the middle of it", async () => {
    const { db, state } = closingDb();
    const queue = new ProtocolCycleQueue(db);
    state.inTransaction = true;
    await queue.enqueue(1, SYNC, () => {});
    await queue.clearTransactionIfNeeded(1);
    expect(state.execs).toEqual(["ROLLBACK"]);
  });

  it("never rejects when the database closed first, and frees the queue for the others", async () => {
    const { db, state } = closingDb();
    const queue = new ProtocolCycleQueue(db);
    await queue.enqueue(1, PARSE, () => {}); // connection 1 is mid-cycle: it owns the queue
    state.closed = true;
    await expect(queue.clearTransactionIfNeeded(1)).resolves.toBeUndefined();
    await expect(queue.enqueue(2, SYNC, () => {})).rejects.toThrow("PGlite is closed");
  });

  it("answers a message even when the database closes right after it", async () => {
    const { db, state } = closingDb();
    const queue = new ProtocolCycleQueue(db);
    const original = db.execProtocolRawStream.bind(db);
    db.execProtocolRawStream = async (m, o) => {
      const r = await original(m, o);
      state.closed = true;
      return r;
    };
    await expect(queue.enqueue(1, SYNC, () => {})).resolves.toBe(1);
  });
});
