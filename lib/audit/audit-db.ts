import type pg from "pg";
import type { PrismaClient } from "@/lib/db/client";
import { getConfig } from "@/lib/config";
import { createPgPool } from "@/lib/db/pg-pool";
import { DEFAULT_LIMITS } from "./batch-pipeline";

/**
 * The database as ingestion uses it: Prisma for its bookkeeping rows, and the URL for a small `pg`
 * pool of its own for the bulk statements (a multi-megabyte parameter costs Prisma several times
 * what it costs `pg`). `openDatabase()` and the test databases have both fields.
 */
export type AuditDb = { prisma: PrismaClient; url: string };

export type SqlPool = pg.Pool;

export function openPool(db: AuditDb): SqlPool {
  return createPgPool({ connectionString: db.url, max: DEFAULT_LIMITS.inFlight, application_name: "keywarden-audit", connectionTimeoutMillis: 15_000, statement_timeout: getConfig().statementTimeoutMs });
}
