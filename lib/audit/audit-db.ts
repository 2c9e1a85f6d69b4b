import type { PrismaClient } from "@/lib/db/client";

/**
 * The database as ingestion uses it: Prisma for its bookkeeping rows, and the URL for a small `pg`
 * pool of its own for the bulk statements (a multi-megabyte parameter costs Prisma several times
 * what it costs `pg`). `openDatabase()` and the test databases have both fields.
 */
export type AuditDb = { prisma: PrismaClient; url: string };
