import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

// The trigrams a search hands to the GIN index on KeySearch. Computed here rather than in SQL: a
// set-returning expression in the query makes the planner expect a million rows, and then spend
// more on planning and JIT than on the search. Only ASCII words: SQL's lower() and JavaScript's
// toLowerCase() agree there, so these are exactly the trigrams keywarden_trigrams() stored.

const MAX_TRIGRAMS = 8;
const STATS_TTL_MS = 10 * 60_000;

type Rarity = { at: number; frequency: Map<string, number> };
const rarityByDb = new WeakMap<PrismaClient, Rarity>();

/** Trigram frequencies from the planner's statistics (most common elements); empty without ANALYZE. */
async function rarity(db: PrismaClient): Promise<Map<string, number>> {
  const cached = rarityByDb.get(db);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.frequency;
  const [row] = await db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
     WHERE schemaname = current_schema() AND tablename = 'KeySearch' AND attname = 'trigrams'`;
  const frequency = new Map((row?.elems ?? []).map((e, i) => [e, row?.freqs?.[i] ?? 0] as const));
  rarityByDb.set(db, { at: Date.now(), frequency });
  return frequency;
}

/**
 * Up to 8 of the words' trigrams, rarest first (a pasted ARN has 70, most of them in nearly every
 * key: "arn", ":km"). Without statistics, trigrams that do not overlap, from the end of each word
 * (where ids and ARNs differ), come first. null when the index cannot help.
 */
export async function searchTrigrams(db: PrismaClient, words: string[]): Promise<string[] | null> {
  const indexed = words.filter((w) => w.length >= 3);
  if (indexed.length === 0 || indexed.some((w) => !/^[\x21-\x7e]+$/.test(w))) return null;
  const positions = new Map<string, number>();
  for (const w of indexed) for (let i = w.length - 3; i >= 0; i--) if (!positions.has(w.slice(i, i + 3))) positions.set(w.slice(i, i + 3), (w.length - 3 - i) % 3);
  const frequency = await rarity(db);
  return [...positions.entries()]
    .sort(([a, pa], [b, pb]) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || pa - pb)
    .slice(0, MAX_TRIGRAMS)
    .map(([t]) => t);
}
