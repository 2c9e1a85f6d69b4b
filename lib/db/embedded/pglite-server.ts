import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { ProtocolCycleQueue } from "./protocol-queue";

// Several pools share the server (the app, the npm start process, CLIs, tests). PGlite runs one
// statement at a time and one transaction at a time, whatever the number of connections.
const MAX_CONNECTIONS = 100;

export type PgliteServer = {
  url: string;
  port: number;
  db: PGlite;
  /** Stops accepting connections, drops the open ones, then closes PGlite cleanly. */
  close(): Promise<void>;
};

export type PgliteServerOptions = {
  /** A directory to persist to; in memory when omitted. */
  dataDir?: string;
  /** A tarball from `PGlite.dumpDataDir()` to start from (in-memory databases only). */
  loadDataDir?: Blob;
  /** 0 (the default) picks a free port. */
  port?: number;
};

export function pgliteUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

export async function startPgliteServer(options: PgliteServerOptions = {}): Promise<PgliteServer> {
  const db = await PGlite.create(options.dataDir ?? "memory://", options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: MAX_CONNECTIONS });
  // Replaces the library's per-message queue (see protocol-queue.ts); connections take it from here.
  (server as unknown as { queryQueue: ProtocolCycleQueue }).queryQueue = new ProtocolCycleQueue(db);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(":").pop());
  let closing: Promise<void> | undefined;
  return {
    url: pgliteUrl(port),
    port,
    db,
    close: () =>
      (closing ??= (async () => {
        await server.stop();
        await db.close();
      })()),
  };
}
