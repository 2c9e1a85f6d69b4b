import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { keyFilterConditions, whereAll } from "./key-conditions";
import type { KeyCursor } from "./key-cursor";
import type { KeyFilter } from "./key-filter";
import { KEY_SORTS } from "./sort-options";

export type KeysetPage<T> = { rows: T[]; next: KeyCursor | null };

type SortValue = Date | string | null;

/**
 * One page of keys in the filter's order, after the cursor. `select` is "SELECT <columns>" over
 * KmsKey k LEFT JOIN AwsAccount a and must include k."arn". Keys without a value in a nullable sort
 * column come last in both directions: they are read as a second segment ordered by ARN, so each
 * segment is a plain range scan of an index.
 */
export async function keysetPage<T extends { arn: string }>(
  db: PrismaClient,
  filter: KeyFilter,
  select: Prisma.Sql,
  limit: number,
  cursor?: KeyCursor,
): Promise<KeysetPage<T>> {
  const spec = KEY_SORTS[filter.sort];
  const col = Prisma.raw(`k."${spec.column}"`);
  const cmp = Prisma.raw(filter.dir === "desc" ? "<" : ">");
  const dir = Prisma.raw(filter.dir === "desc" ? "DESC" : "ASC");
  const base = keyFilterConditions(filter);
  const run = (conditions: Prisma.Sql[], order: Prisma.Sql, n: number) =>
    db.$queryRaw<(T & { sortValue: SortValue })[]>`${select}, ${col} AS "sortValue"
      FROM "KmsKey" k LEFT JOIN "AwsAccount" a ON a."id" = k."accountId"
      WHERE ${whereAll(conditions)} ORDER BY ${order} LIMIT ${n}`;

  const rows: (T & { sortValue: SortValue })[] = [];
  const inNullSegment = cursor !== undefined && cursor.v === null;
  if (!inNullSegment) {
    const conditions = spec.nullable ? [...base, Prisma.sql`${col} IS NOT NULL`] : [...base];
    if (cursor?.v != null) {
      const value = spec.type === "time" ? new Date(cursor.v) : cursor.v;
      conditions.push(Prisma.sql`(${col}, k."arn") ${cmp} (${value}, ${cursor.a})`);
    }
    rows.push(...(await run(conditions, Prisma.sql`${col} ${dir}, k."arn" ${dir}`, limit + 1)));
  }
  if (spec.nullable && rows.length <= limit) {
    const conditions = [...base, Prisma.sql`${col} IS NULL`];
    if (inNullSegment) conditions.push(Prisma.sql`k."arn" ${cmp} ${cursor.a}`);
    rows.push(...(await run(conditions, Prisma.sql`k."arn" ${dir}`, limit + 1 - rows.length)));
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? { v: last.sortValue instanceof Date ? last.sortValue.toISOString() : last.sortValue, a: last.arn } : null;
  return { rows: page.map(({ sortValue: _sortValue, ...row }) => row as unknown as T), next };
}
