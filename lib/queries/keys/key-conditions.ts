import { Prisma } from "@/lib/db/generated/client";
import type { KeyFilter } from "@/lib/filters/key-filter";

const MAX_WORDS = 8;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type KeySearch = {
  /** Each word must appear in the search text held by `column` (KmsKey."searchText" or an alias of it). */
  like(column: string): Prisma.Sql[];
  words: string[];
};

/** A search box's text as words: each must appear in KmsKey.searchText (lowercased by the sync). */
export function keySearch(q: string): KeySearch {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  return { words, like: (column) => words.map((w) => Prisma.sql`${Prisma.raw(column)} LIKE ${`%${escapeLike(w)}%`} ESCAPE '\\'`) };
}

/**
 * Keys holding all the given trigrams: a superset of the matches, served by the GIN index on
 * KeySearch. The LIKE conditions then check each word exactly.
 */
export const trigramCandidates = (trigrams: string[]) =>
  Prisma.sql`k."arn" IN (SELECT s."keyArn" FROM "KeySearch" s WHERE s."trigrams" @> ${trigrams}::text[])`;

/** WHERE conditions for a filter without its search; keys marked deleted never match. */
export function keyFilterConditions(filter: KeyFilter): Prisma.Sql[] {
  const c: Prisma.Sql[] = [Prisma.sql`k."deletedAt" IS NULL`];
  if (filter.account) c.push(Prisma.sql`k."accountId" = ${filter.account}`);
  if (filter.region) c.push(Prisma.sql`k."region" = ${filter.region}`);
  if (filter.state) c.push(Prisma.sql`k."keyState" = ${filter.state}`);
  if (filter.manager) c.push(Prisma.sql`k."keyManager" = ${filter.manager}`);
  if (filter.spec) c.push(Prisma.sql`k."keySpec" = ${filter.spec}`);
  if (filter.usage) c.push(Prisma.sql`k."keyUsage" = ${filter.usage}`);
  if (filter.origin) c.push(Prisma.sql`k."origin" = ${filter.origin}`);
  if (filter.rotation === "on") c.push(Prisma.sql`k."rotationEnabled" IS TRUE`);
  if (filter.rotation === "off") c.push(Prisma.sql`k."rotationEnabled" IS FALSE`);
  if (filter.rotation === "unsupported") c.push(Prisma.sql`k."rotationEnabled" IS NULL`);
  return c;
}

export const whereAll = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");
