import { Prisma } from "@/lib/db/generated/client";
import type { KeyFilter } from "./key-filter";

const MAX_WORDS = 8;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Search words must each appear in KmsKey.searchText. Words of three or more characters first
 * narrow the candidates through the trigram GIN index on KeySearch; the LIKE then checks each word
 * exactly (a key can hold every trigram of a word without holding the word).
 */
export function searchConditions(q: string): Prisma.Sql[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const exact = words.map((w) => Prisma.sql`k."searchText" LIKE ${`%${escapeLike(w)}%`} ESCAPE '\\'`);
  const indexed = words.filter((w) => w.length >= 3);
  if (indexed.length === 0) return exact;
  return [
    Prisma.sql`k."arn" IN (SELECT s."keyArn" FROM "KeySearch" s WHERE s."trigrams" @> "keywarden_trigrams"(${indexed.join(" ")}))`,
    ...exact,
  ];
}

/** WHERE conditions for a filter (sort and direction aside); keys marked deleted never match. */
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
  if (filter.q) c.push(...searchConditions(filter.q));
  return c;
}

export const whereAll = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");
