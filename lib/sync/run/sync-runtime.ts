import { hostname } from "node:os";
import { createAwsAccess, type AwsAccess } from "@/lib/aws";
import type { Config } from "@/lib/config";
import { createPrisma, type PrismaClient } from "@/lib/db/client";
import { resolvedDatabaseUrl, testDatabaseUrl } from "@/lib/db/database-url";
import { DEFAULT_TUNING, type SyncTuning } from "./sync-context";
import { openTargetLocks, sharesOneSession, type TargetLocks } from "./target-locks";

/** What executing runs needs, shared by the worker, the CLI and the benchmark. */
export type SyncRuntime = {
  db: PrismaClient;
  aws: AwsAccess;
  locks: TargetLocks;
  /** host:pid, recorded in SyncRun.owner. */
  owner: string;
  tuning: SyncTuning;
  now: () => Date;
  log: (line: string) => void;
  heartbeatMs: number;
};

export type SyncRuntimeOptions = {
  log?: (line: string) => void;
  /** AWS access to use (it stays open); by default one is created from the configuration. */
  aws?: AwsAccess;
  /** The database the Prisma client talks to; by default the one this process resolved. */
  databaseUrl?: string;
  tuning?: Partial<SyncTuning>;
  heartbeatMs?: number;
};

export async function createSyncRuntime(db: PrismaClient, config: Pick<Config, "aws" | "databaseUrl">, options: SyncRuntimeOptions = {}): Promise<SyncRuntime & { close(): Promise<void> }> {
  const url = options.databaseUrl ?? testDatabaseUrl() ?? config.databaseUrl ?? resolvedDatabaseUrl();
  if (!url) throw new Error("The sync needs the database URL: set DATABASE_URL or open the database first (openDatabase()).");
  const shared = await sharesOneSession(url);
  const locks = openTargetLocks(url, shared);
  // The embedded database interleaves the protocol messages of concurrent connections outside
  // transactions (pglite-socket queues them one message at a time): the sync keeps to one connection there.
  const own = shared ? createPrisma(url, { max: 1 }) : undefined;
  const aws = options.aws ?? createAwsAccess({ config: config.aws });
  return {
    db: own ?? db,
    aws,
    locks,
    owner: `${hostname()}:${process.pid}`,
    tuning: { ...DEFAULT_TUNING, ...options.tuning },
    now: () => new Date(),
    log: options.log ?? (() => {}),
    heartbeatMs: options.heartbeatMs ?? 2000,
    close: async () => {
      await locks.close();
      await own?.$disconnect();
      if (!options.aws) aws.close();
    },
  };
}
