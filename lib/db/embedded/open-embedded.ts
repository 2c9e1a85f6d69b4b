import path from "node:path";
import { processAlive, socketAccepts, sleep } from "./liveness";
import { newOwner, readLock, removeOwnLock, removeStaleLock, tryCreateLock, type LockOwner } from "./lock-file";
import { pgliteUrl, socketPathOf, startPgliteServer } from "./pglite-server";
import { privateDir, restrictTree } from "./private-dir";
import { ownedHere, ownHere } from "./owned-here";

export type EmbeddedDatabase = {
  url: string;
  /** True when this call started the server (and `release` stops it). */
  owner: boolean;
  release(): Promise<void>;
};

export type EmbeddedOptions = {
  /** The project's data directory: PGlite lives in <dataDir>/pglite, the lock in <dataDir>/pglite.lock. */
  dataDir: string;
  /** Close the database cleanly on SIGINT/SIGTERM, then exit (default true). */
  handleSignals?: boolean;
  /** How long to wait for another process that is still opening the database (default 30 s). */
  waitMs?: number;
  log?: (line: string) => void;
};

export function lockPathOf(dataDir: string): string {
  return path.join(path.resolve(dataDir), "pglite.lock");
}

/**
 * The embedded database is opened by one process only: the first one serves it on a Unix socket in
 * <dataDir>/socket and records its pid and socket directory in the lock file; later ones connect
 * there. Only the user who owns the data directory can reach the socket or the files.
 */
export async function openEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const lockPath = lockPathOf(dataDir);
  const here = ownedHere(lockPath);
  if (here) return { url: here, owner: false, release: async () => {} };
  privateDir(dataDir);
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  for (;;) {
    const me = newOwner();
    if (tryCreateLock(lockPath, me)) return serve(dataDir, lockPath, me, options);
    const current = readLock(lockPath);
    if (!current) continue;
    if (current.pid === process.pid || !processAlive(current.pid)) {
      options.log?.(`Taking over the embedded database lock left by process ${current.pid}, which is no longer running.`);
      removeStaleLock(lockPath, current);
      continue;
    }
    if (current.socketDir !== null && (await socketAccepts(socketPathOf(current.socketDir)))) {
      return { url: pgliteUrl(current.socketDir), owner: false, release: async () => {} };
    }
    if (Date.now() > deadline) throw new Error(busyMessage(dataDir, lockPath, current));
    await sleep(200);
  }
}

function busyMessage(dataDir: string, lockPath: string, owner: LockOwner): string {
  const what = owner.socketDir === null ? "is still opening it" : `does not answer on ${socketPathOf(owner.socketDir)}`;
  return (
    `The embedded database in ${dataDir} belongs to process ${owner.pid}, which ${what}. ` +
    `Wait for it or stop it; if process ${owner.pid} is not Keywarden, delete ${lockPath}. ` +
    `(Or set DATABASE_URL to use a Postgres server.)`
  );
}

async function serve(dataDir: string, lockPath: string, me: LockOwner, options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // Whatever this process writes from now on (the sandbox's state, exports) is private too.
  process.umask(0o077);
  let server;
  try {
    restrictTree(dataDir);
    server = await startPgliteServer({ dataDir: path.join(dataDir, "pglite"), socketDir: path.join(dataDir, "socket") });
    restrictTree(dataDir);
  } catch (error) {
    removeOwnLock(lockPath, me);
    throw error;
  }
  const owner = { ...me, socketDir: server.socketDir };
  const release = ownHere(lockPath, owner, server, options.handleSignals ?? true);
  return { url: server.url, owner: true, release: () => release().finally(() => restrictTree(dataDir)) };
}
