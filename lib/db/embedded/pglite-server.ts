import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { privateDir } from "./private-dir";
import { ProtocolCycleQueue } from "./protocol-queue";

// Several pools share the server (the app, the npm start process, CLIs, tests). PGlite runs one
// statement at a time and one transaction at a time, whatever the number of connections.
const MAX_CONNECTIONS = 100;

// PGlite accepts anyone as superuser without a password, so it is never served on TCP: only on a
// Unix socket inside a directory that no other user of the machine may enter.
export const SOCKET_NAME = ".s.PGSQL.5432";
// sun_path holds 108 bytes with its terminating NUL.
const MAX_SOCKET_PATH = 107;

export type PgliteServer = {
  url: string;
  /** The 0700 directory holding the socket. */
  socketDir: string;
  db: PGlite;
  /** Stops accepting connections, drops the open ones, then closes PGlite cleanly. */
  close(): Promise<void>;
};

export type PgliteServerOptions = {
  /** A directory to persist to; in memory when omitted. */
  dataDir?: string;
  /** A tarball from `PGlite.dumpDataDir()` to start from (in-memory databases only). */
  loadDataDir?: Blob;
  /** Where to put the socket; a new private temporary directory when omitted or too long a path. */
  socketDir?: string;
};

/** node-postgres reads the socket directory from `host` and appends SOCKET_NAME to it. */
export function pgliteUrl(socketDir: string): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
}

export function socketPathOf(socketDir: string): string {
  return path.join(socketDir, SOCKET_NAME);
}

function chooseSocketDir(wanted: string | undefined): { dir: string; temporary: boolean } {
  if (wanted && socketPathOf(path.resolve(wanted)).length <= MAX_SOCKET_PATH) {
    const dir = path.resolve(wanted);
    privateDir(dir);
    // A socket left by a process that died; the caller holds the database's lock.
    rmSync(socketPathOf(dir), { force: true });
    return { dir, temporary: false };
  }
  return { dir: mkdtempSync(path.join(os.tmpdir(), "keywarden-pg-")), temporary: true };
}

export async function startPgliteServer(options: PgliteServerOptions = {}): Promise<PgliteServer> {
  const db = await PGlite.create(options.dataDir ?? "memory://", options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const socket = chooseSocketDir(options.socketDir);
  const removeSocketDir = () => rmSync(socket.temporary ? socket.dir : socketPathOf(socket.dir), { recursive: true, force: true });
  const server = new PGLiteSocketServer({ db, path: socketPathOf(socket.dir), maxConnections: MAX_CONNECTIONS });
  // Replaces the library's per-message queue (see protocol-queue.ts); connections take it from here.
  (server as unknown as { queryQueue: ProtocolCycleQueue }).queryQueue = new ProtocolCycleQueue(db);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    removeSocketDir();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: pgliteUrl(socket.dir),
    socketDir: socket.dir,
    db,
    close: () =>
      (closing ??= (async () => {
        await server.stop();
        await db.close();
        removeSocketDir();
      })()),
  };
}
