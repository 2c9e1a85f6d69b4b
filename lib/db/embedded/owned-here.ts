import { removeOwnLock, updateLock, type LockOwner } from "./lock-file";
import type { PgliteServer } from "./pglite-server";

// lock path → URL of the server this process owns. On globalThis so that a second copy of this
// module (tsx, Next dev reloads) still sees it, and a later open in the same process reuses it.
const scope = globalThis as typeof globalThis & { __keywardenEmbedded?: Map<string, string> };
const owned = (scope.__keywardenEmbedded ??= new Map());

export function ownedHere(lockPath: string): string | undefined {
  return owned.get(lockPath);
}

/** Publishes the socket in the lock and returns the (idempotent) clean shutdown. */
export function ownHere(lockPath: string, owner: LockOwner, server: PgliteServer, handleSignals: boolean): () => Promise<void> {
  updateLock(lockPath, owner);
  owned.set(lockPath, server.url);
  let releasing: Promise<void> | undefined;
  // PGlite cannot be closed synchronously; at least leave no lock behind for a live-looking pid.
  const onExit = () => removeOwnLock(lockPath, owner);
  const onSignal = (signal: NodeJS.Signals) => {
    void release().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  const release = () =>
    (releasing ??= (async () => {
      process.off("exit", onExit);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      owned.delete(lockPath);
      try {
        await server.close();
      } finally {
        removeOwnLock(lockPath, owner);
      }
    })());
  process.on("exit", onExit);
  if (handleSignals) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  return release;
}
