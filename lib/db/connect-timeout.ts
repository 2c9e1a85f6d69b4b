// PGlite runs one statement at a time for every connection, so a new connection waits its turn
// behind whatever the app, the sync and the ingestion have queued: at the first start (38,000 demo
// events ingested while the first sync runs) that took longer than 15 s, and the sync ended partial.
const SERVER_MS = 15_000;
const EMBEDDED_MS = 120_000;

/** How long a pool waits for a connection: longer on the embedded database, served on a socket path. */
export function connectTimeoutMs(url: string): number {
  return new URL(url).searchParams.get("host")?.startsWith("/") ? EMBEDDED_MS : SERVER_MS;
}
