import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { keyFilterConditions, keySearch, whereAll } from "./key-conditions";
import type { KeyCursor } from "./key-cursor";
import type { KeyFilter } from "@/lib/filters/key-filter";
import { planSearch, type SearchTuning, type Segment } from "./search-strategy";
import { KEY_SORTS } from "@/lib/filters/sort-options";

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
  tuning?: SearchTuning,
): Promise<KeysetPage<T>> {
  const spec = KEY_SORTS[filter.sort];
  const col = `k."${spec.column}"`;
  const cmp = Prisma.raw(filter.dir === "desc" ? "<" : ">");
  const dir = filter.dir === "desc" ? "DESC" : "ASC";
  const base = keyFilterConditions(filter);
  const search = filter.q ? keySearch(filter.q) : null;

  const read = async (segment: Segment, n: number) => {
    const order = segment.order(col, 'k."arn"');
    const rows = (conditions: Prisma.Sql[]) =>
      db.$queryRaw<(T & { sortValue: SortValue })[]>`${select}, ${Prisma.raw(col)} AS "sortValue"
        FROM "KmsKey" k LEFT JOIN "AwsAccount" a ON a."id" = k."accountId"
        WHERE ${whereAll(conditions)} ORDER BY ${order} LIMIT ${n}`;
    if (!search) return rows(segment.conditions);
    const plan = await planSearch(db, search, segment, n, tuning);
    if ("conditions" in plan) return rows(plan.conditions);
    return plan.arns.length ? rows([Prisma.sql`k."arn" = ANY(${plan.arns})`]) : [];
  };

  const out: (T & { sortValue: SortValue })[] = [];
  const inNullSegment = cursor !== undefined && cursor.v === null;
  if (!inNullSegment) {
    const conditions = spec.nullable ? [...base, Prisma.sql`${Prisma.raw(col)} IS NOT NULL`] : [...base];
    if (cursor?.v != null) {
      const value = spec.type === "time" ? new Date(cursor.v) : cursor.v;
      conditions.push(Prisma.sql`(${Prisma.raw(col)}, k."arn") ${cmp} (${value}, ${cursor.a})`);
    }
    out.push(...(await read({ conditions, sortColumn: col, order: (v, arn) => Prisma.raw(`${v} ${dir}, ${arn} ${dir}`) }, limit + 1)));
  }
  if (spec.nullable && out.length <= limit) {
    const conditions = [...base, Prisma.sql`${Prisma.raw(col)} IS NULL`];
    if (inNullSegment) conditions.push(Prisma.sql`k."arn" ${cmp} ${cursor.a}`);
    out.push(...(await read({ conditions, sortColumn: col, order: (_v, arn) => Prisma.raw(`${arn} ${dir}`) }, limit + 1 - out.length)));
  }
  const page = out.slice(0, limit);
  const last = page.at(-1);
  const next = out.length > limit && last ? { v: last.sortValue instanceof Date ? last.sortValue.toISOString() : last.sortValue, a: last.arn } : null;
  return { rows: page.map(({ sortValue: _sortValue, ...row }) => row as unknown as T), next };
}
