import { PrismaPg } from "@prisma/adapter-pg";
import { getConfig } from "@/lib/config";
import { connectTimeoutMs } from "./connect-timeout";
import { resolvedDatabaseUrl, testDatabaseUrl } from "./database-url";
import { PrismaClient } from "./generated/client";

export type { PrismaClient };

export type PrismaOptions = {
  /** Pool size. The embedded database runs one statement at a time, so more buys nothing there. */
  max?: number;
  /** Defaults to KEYWARDEN_STATEMENT_TIMEOUT_SECONDS. */
  statementTimeoutMs?: number;
};

export function createPrisma(url: string, options: PrismaOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 5,
    connectionTimeoutMillis: connectTimeoutMs(url),
    application_name: "keywarden",
    // Postgres servers end a statement that runs longer; PGlite cannot interrupt one (see README).
    statement_timeout: options.statementTimeoutMs ?? getConfig().statementTimeoutMs,
  });
  return new PrismaClient({ adapter });
}

// Survives Next.js dev reloads, which re-evaluate this module but keep globalThis.
const scope = globalThis as typeof globalThis & { __keywardenPrisma?: { url: string; client: PrismaClient } };

/**
 * The process's Prisma client, for DATABASE_URL or, in a CLI, the database resolveDatabase()
 * chose. Call resolveDatabase() (or openDatabase()) first when DATABASE_URL may be unset.
 */
export function getPrisma(): PrismaClient {
  const url = testDatabaseUrl() ?? getConfig().databaseUrl ?? resolvedDatabaseUrl();
  if (!url) throw new Error("No database yet: set DATABASE_URL, or await resolveDatabase() before getPrisma().");
  if (scope.__keywardenPrisma?.url !== url) {
    void scope.__keywardenPrisma?.client.$disconnect();
    scope.__keywardenPrisma = { url, client: createPrisma(url) };
  }
  return scope.__keywardenPrisma.client;
}

/** Disconnects the shared client (CLIs, before releasing the database). */
export async function closePrisma(): Promise<void> {
  const current = scope.__keywardenPrisma;
  scope.__keywardenPrisma = undefined;
  await current?.client.$disconnect();
}
