import { getConfig, type Config } from "@/lib/config";
import { setResolvedDatabaseUrl } from "./database-url";
import { openEmbeddedDatabase } from "./embedded/open-embedded";

export type ResolvedDatabase = {
  url: string;
  /** True for the embedded PGlite database (served by this process or by another one). */
  embedded: boolean;
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  release(): Promise<void>;
};

export type ResolveOptions = {
  config?: Config;
  /** Close the embedded database cleanly on SIGINT/SIGTERM, then exit (default true). */
  handleSignals?: boolean;
  log?: (line: string) => void;
};

/**
 * DATABASE_URL when it is set; otherwise the embedded database: the server another Keywarden
 * process (npm start, a CLI) is running for <dataDir>, or a new one started in this process.
 * getPrisma() then uses the returned URL.
 */
export async function resolveDatabase(options: ResolveOptions = {}): Promise<ResolvedDatabase> {
  const config = options.config ?? getConfig();
  if (config.databaseUrl) {
    setResolvedDatabaseUrl(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, release: async () => {} };
  }
  const embedded = await openEmbeddedDatabase({ dataDir: config.dataDir, handleSignals: options.handleSignals, log: options.log });
  setResolvedDatabaseUrl(embedded.url);
  return {
    url: embedded.url,
    embedded: true,
    release: async () => {
      await embedded.release();
      if (embedded.owner) setResolvedDatabaseUrl(undefined);
    },
  };
}
