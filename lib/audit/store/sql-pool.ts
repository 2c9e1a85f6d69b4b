import type pg from "pg";
import { getConfig } from "@/lib/config";
import { connectTimeoutMs } from "@/lib/db/connect-timeout";
import { createPgPool } from "@/lib/db/pg-pool";
import type { AuditDb } from "../audit-db";
import { DEFAULT_LIMITS } from "./pipeline-limits";

export type SqlPool = pg.Pool;

/** One connection per batch in flight. */
export function openPool(db: AuditDb): SqlPool {
  return createPgPool({ connectionString: db.url, max: DEFAULT_LIMITS.inFlight, application_name: "keywarden-audit", connectionTimeoutMillis: connectTimeoutMs(db.url), statement_timeout: getConfig().statementTimeoutMs });
}
