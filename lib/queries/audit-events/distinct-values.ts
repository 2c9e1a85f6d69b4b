import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";

// The distinct values of an indexed column without reading the table: a loose index scan (one
// index descent per value, so the cost follows the number of values, not of rows).
const COLUMNS = {
  principalArn: Prisma.sql`"AuditEvent" WHERE "principalArn"`,
  eventName: Prisma.sql`"AuditEvent" WHERE "eventName"`,
  errorCode: Prisma.sql`"AuditEvent" WHERE "errorCode"`,
} as const;

export type DistinctColumn = keyof typeof COLUMNS;

export async function distinctValues(db: PrismaClient, column: DistinctColumn, limit = 10_000): Promise<string[]> {
  const from = COLUMNS[column];
  const col = Prisma.raw(`"${column}"`);
  const rows = await db.$queryRaw<{ v: string }[]>`
    WITH RECURSIVE t(v, n) AS (
      (SELECT ${col}, 1 FROM ${from} IS NOT NULL ORDER BY ${col} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${col} FROM ${from} > t.v ORDER BY ${col} LIMIT 1), t.n + 1 FROM t WHERE t.v IS NOT NULL AND t.n < ${limit}
    )
    SELECT v FROM t WHERE v IS NOT NULL`;
  return rows.map((r) => r.v);
}
