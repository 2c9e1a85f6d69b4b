import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

/**
 * Runs a usage read that aggregates hundreds of thousands of rollup rows in a transaction of its
 * own with settings for that (SET LOCAL ends with the transaction): no JIT, whose compilation cost
 * more than the query itself (0.5–2 s measured on a Postgres server with the default
 * jit_above_cost), and enough work_mem for hash aggregation over few groups, where the default 4 MB
 * made the planner sort millions of rows on disk instead (bench/results/audit-plans.txt).
 */
export async function aggregateRead<T>(db: PrismaClient, query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, , result] = await db.$transaction([db.$executeRawUnsafe("SET LOCAL jit = off"), db.$executeRawUnsafe("SET LOCAL work_mem = '64MB'"), query], {
    maxWait: 15_000,
    timeout: 60_000,
  });
  return result;
}
