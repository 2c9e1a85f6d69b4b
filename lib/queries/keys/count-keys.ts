import type { PrismaClient } from "@/lib/db/generated/client";
import { keyFilterConditions, whereAll } from "./key-conditions";
import type { KeyFilter } from "./key-filter";

/** How many keys match the filter: an exact count, read once per filter rather than per page. */
export async function countKeys(db: PrismaClient, filter: KeyFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KmsKey" k WHERE ${whereAll(keyFilterConditions(filter))}`;
  return row?.n ?? 0;
}
