import pg from "pg";

/** Held while an account-Region syncs; `signal` aborts if the hold may have been lost. */
export type Lease = { readonly signal: AbortSignal; release(): Promise<void> };

export type TargetLocks = {
  readonly mode: "advisory" | "in-process";
  /** The lease, or undefined while another sync holds the account-Region. */
  tryAcquire(key: string): Promise<Lease | undefined>;
  close(): Promise<void>;
};

// Leases held in this process, keyed by database and target: a Postgres session's advisory locks
// are re-entrant, so two runs of one process must also exclude each other here.
const scope = globalThis as typeof globalThis & { __keywardenSyncLeases?: Set<string> };
const held = (scope.__keywardenSyncLeases ??= new Set());

/** Takes `id` in this process; false when a run here holds it already. */
function reserve(id: string): boolean {
  if (held.has(id)) return false;
  held.add(id);
  return true;
}

/**
 * On a Postgres server: session advisory locks on one connection of this process, so another
 * process cannot take the same account-Region, and a dead process's locks vanish with its
 * connection. The embedded database serves every connection from ONE session, where advisory
 * locks exclude nothing: there the process that serves it is the only one that runs syncs (the
 * CLI hands its run to that process's worker), and the in-process set is the whole lock.
 */
export function openTargetLocks(url: string, sharedSession: boolean): TargetLocks {
  return sharedSession ? inProcessLocks(url) : advisoryLocks(url);
}

/** True when two connections land in the same backend (PGlite behind pglite-socket). */
export async function sharesOneSession(url: string): Promise<boolean> {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  try {
    const pids = [];
    for (const c of clients) {
      await c.connect();
      pids.push((await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
    }
    return pids[0] === pids[1];
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

function inProcessLocks(url: string): TargetLocks {
  const never = new AbortController().signal;
  return {
    mode: "in-process",
    tryAcquire: async (key) => {
      const id = `${url}|${key}`;
      return reserve(id) ? { signal: never, release: async () => void held.delete(id) } : undefined;
    },
    close: async () => {},
  };
}

function advisoryLocks(url: string): TargetLocks {
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let lost = new AbortController();
  const mine = new Set<string>();
  const drop = (c: pg.Client) => {
    if (client !== c) return;
    client = undefined;
    connecting = undefined;
    for (const id of mine) held.delete(id);
    mine.clear();
    lost.abort(new Error("the database connection that held the sync locks was lost"));
    lost = new AbortController();
  };
  const connection = () =>
    (connecting ??= (async () => {
      const c = new pg.Client({ connectionString: url, application_name: "keywarden-sync-locks" });
      c.on("error", () => drop(c));
      c.on("end", () => drop(c));
      await c.connect();
      client = c;
      return c;
    })().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    }));
  const lockKey = (key: string) => `keywarden.sync:${key}`;
  // One query at a time on the lock connection (pg no longer queues them for us).
  let turn: Promise<unknown> = Promise.resolve();
  const query = <T extends pg.QueryResultRow>(c: pg.Client, sql: string, key: string) => {
    const result = turn.then(() => c.query<T>(sql, [lockKey(key)]));
    turn = result.catch(() => undefined);
    return result;
  };
  return {
    mode: "advisory",
    tryAcquire: async (key) => {
      const id = `${url}|${key}`;
      if (!reserve(id)) return undefined;
      try {
        const c = await connection();
        const ok = (await query<{ ok: boolean }>(c, "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok", key)).rows[0]!.ok;
        if (!ok) {
          held.delete(id);
          return undefined;
        }
        mine.add(id);
        return {
          signal: lost.signal,
          release: async () => {
            if (!mine.delete(id)) return;
            held.delete(id);
            await query(c, "SELECT pg_advisory_unlock(hashtextextended($1, 0))", key).catch(() => undefined);
          },
        };
      } catch (error) {
        held.delete(id);
        throw error;
      }
    },
    close: async () => {
      const c = client;
      client = undefined;
      connecting = undefined;
      for (const id of mine) held.delete(id);
      mine.clear();
      await c?.end().catch(() => undefined);
    },
  };
}
