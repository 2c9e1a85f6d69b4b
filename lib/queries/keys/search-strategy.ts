import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { trigramCandidates, whereAll, type KeySearch } from "./key-conditions";
import { searchTrigrams } from "./query-trigrams";

// How a searched page is read. No single plan is fast for every search on 100,000 keys:
//  - a word most keys hold is found at once by walking the sort order (the trigram index would
//    hand over thousands of candidates, each costing an index lookup);
//  - a rare word is found at once through the trigram index (walking would read every key).
// The planner cannot tell the two apart (it multiplies trigram frequencies as if independent and
// expects one candidate), so we look: first at a window of the sort order, then at how many
// candidates the trigram index holds, capped. Each look is bounded.

export type SearchTuning = { window: number; candidates: number };
export const SEARCH_TUNING: SearchTuning = { window: 2000, candidates: 2000 };

export type Segment = {
  /** Non-search conditions of this segment (filter, keyset, null or not-null sort value). */
  conditions: Prisma.Sql[];
  /** ORDER BY over the given sort-value and ARN expressions. */
  order(sortValue: string, arn: string): Prisma.Sql;
  sortColumn: string;
};

/** The ARNs of up to n matches in order, or null when the window ends before n matches. */
async function fromWindow(db: PrismaClient, search: KeySearch, s: Segment, n: number, window: number): Promise<string[] | null> {
  const [row] = await db.$queryRaw<{ scanned: number; arns: string[] | null }[]>`
    WITH w AS MATERIALIZED (
      SELECT k."arn", ${Prisma.raw(s.sortColumn)} AS sv, k."searchText" AS t FROM "KmsKey" k
      WHERE ${whereAll(s.conditions)} ORDER BY ${s.order(s.sortColumn, 'k."arn"')} LIMIT ${window})
    SELECT (SELECT count(*)::int FROM w) AS scanned,
           (SELECT array_agg(m."arn") FROM (SELECT w."arn" FROM w WHERE ${whereAll(search.like("w.t"))} ORDER BY ${s.order("w.sv", "w.arn")} LIMIT ${n}) m) AS arns`;
  const arns = row?.arns ?? [];
  return arns.length >= n || (row?.scanned ?? 0) < window ? arns : null;
}

async function fewCandidates(db: PrismaClient, trigrams: string[], cap: number): Promise<boolean> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "KeySearch" s WHERE s."trigrams" @> ${trigrams}::text[] LIMIT ${cap}) c`;
  return (row?.n ?? 0) < cap;
}

export type SearchRead = { arns: string[] } | { conditions: Prisma.Sql[] };

/**
 * Either the page's ARNs (found in the window), or the conditions to read the page with: through
 * the trigram index when it holds few candidates, else by walking the sort order.
 */
export async function planSearch(db: PrismaClient, search: KeySearch, s: Segment, n: number, tuning = SEARCH_TUNING): Promise<SearchRead> {
  const arns = await fromWindow(db, search, s, n, tuning.window);
  if (arns) return { arns };
  const like = search.like('k."searchText"');
  const trigrams = await searchTrigrams(db, search.words);
  if (trigrams && (await fewCandidates(db, trigrams, tuning.candidates))) {
    return { conditions: [...s.conditions, trigramCandidates(trigrams), ...like] };
  }
  return { conditions: [...s.conditions, ...like] };
}
