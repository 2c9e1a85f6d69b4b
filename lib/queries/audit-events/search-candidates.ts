import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { distinctValues } from "./distinct-values";

/** Most keys and principals one search may stand for. */
export const MAX_CANDIDATES = 5000;
/**
 * Most principal ARNs listed for searching (each session of a role is one, so a fleet has tens of
 * thousands; listing costs about 10 µs each, once a minute).
 */
export const MAX_LISTED_PRINCIPALS = 100_000;

/**
 * The keys and principals a search stands for; `principalLike` instead of `principalArns` when the
 * events have more principals than are listed: the principal side then matches ARNs as text.
 */
export type SearchCandidates = { keyArns: string[]; principalArns: string[]; principalLike?: string[] } | { tooMany: true };

const PRINCIPALS_TTL_MS = 60_000;
type Listed = { values: string[]; complete: boolean };
let principals: { db: PrismaClient; cap: number; at: number; listed: Promise<Listed> } | undefined;

/** The principal ARNs in the events (up to `cap`, and whether that is all), from the principal index (not the table), kept for a minute. */
function allPrincipals(db: PrismaClient, cap: number): Promise<Listed> {
  const now = Date.now();
  if (!principals || principals.db !== db || principals.cap !== cap || now - principals.at > PRINCIPALS_TTL_MS) {
    const listed = distinctValues(db, "principalArn", cap + 1).then((values) => ({ values: values.slice(0, cap), complete: values.length <= cap }));
    principals = { db, cap, at: now, listed };
    listed.catch(() => (principals = undefined));
  }
  return principals.listed;
}

/** Lists the principals ahead of a search, so the first one typed does not wait for the list. */
export function warmSearchCandidates(listedPrincipals = MAX_LISTED_PRINCIPALS): Promise<void> {
  const db = getPrisma();
  return allPrincipals(db, listedPrincipals).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The keys and principals a search names: keys whose ARN, id, aliases, description or tags contain
 * every word (from the inventory, a small table), and principals whose ARN contains every word.
 * The events query then reads each by its own index instead of matching text over every event.
 */
export async function searchCandidates(q: string, max = MAX_CANDIDATES, listedPrincipals = MAX_LISTED_PRINCIPALS): Promise<SearchCandidates> {
  const db = getPrisma();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const like = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [keys, all] = await Promise.all([
    db.$queryRaw<{ arn: string }[]>`SELECT "arn" FROM "KmsKey" WHERE "searchText" LIKE ALL(${like}::text[]) ORDER BY "arn" LIMIT ${max + 1}`,
    allPrincipals(db, listedPrincipals),
  ]);
  const keyArns = keys.map((k) => k.arn);
  // a key ARN typed in full may name a key the inventory does not hold (another account's, or gone)
  if (/^arn:aws[a-z-]*:kms:/.test(q) && !q.includes(" ") && !keyArns.includes(q)) keyArns.push(q);
  // a partial list would silently miss the principals past it
  if (!all.complete) return keyArns.length > max ? { tooMany: true } : { keyArns, principalArns: [], principalLike: like };
  const principalArns = all.values.filter((p) => {
    const lower = p.toLowerCase();
    return words.every((w) => lower.includes(w));
  });
  if (keyArns.length + principalArns.length > max) return { tooMany: true };
  return { keyArns, principalArns };
}
