import "server-only";
import { getPrisma } from "@/lib/db/client";
import { keyFilterConditions, keySearch, trigramCandidates, whereAll } from "./key-conditions";
import { searchTrigrams } from "./query-trigrams";
import type { KeyFilter } from "@/lib/filters/key-filter";

/** How many keys match the filter: an exact count, read once per filter rather than per page. */
export async function countKeys(filter: KeyFilter): Promise<number> {
  const db = getPrisma();
  const conditions = keyFilterConditions(filter);
  if (filter.q) {
    const search = keySearch(filter.q);
    const trigrams = await searchTrigrams(db, search.words);
    if (trigrams) conditions.push(trigramCandidates(trigrams));
    conditions.push(...search.like('k."searchText"'));
  }
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KmsKey" k WHERE ${whereAll(conditions)}`;
  return row?.n ?? 0;
}
