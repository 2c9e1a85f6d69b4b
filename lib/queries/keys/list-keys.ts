import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { aliasesAndTags } from "./aliases-and-tags";
import { encodeKeyCursor, type KeyCursor } from "./key-cursor";
import type { KeyFilter } from "@/lib/filters/key-filter";
import { toKeyRow, type KeyPage, type KeyRowRecord } from "./key-row";
import { keysetPage } from "./keyset-page";
import { readLastUsed } from "./last-used-facts";
import type { SearchTuning } from "./search-strategy";

export const KEY_PAGE_SIZE = 100;

const KEY_ROW_SELECT = Prisma.sql`SELECT k."arn", k."keyId", k."accountId", a."name" AS "accountName", k."region",
  k."description", k."keyState", k."keyManager", k."keySpec", k."keyUsage", k."origin", k."multiRegionKeyType",
  k."rotationEnabled", k."rotationPeriodInDays", k."creationDate", k."deletionDate", k."lastUsedAt", k."primaryAlias"`;

/** A page of the keys table: one keyset query, then the page's aliases and tags. */
export type ListKeysOptions = { cursor?: KeyCursor; limit?: number; tuning?: SearchTuning };

export async function listKeys(filter: KeyFilter, options: ListKeysOptions = {}): Promise<KeyPage> {
  const db = getPrisma();
  const page = await keysetPage<KeyRowRecord>(db, filter, KEY_ROW_SELECT, options.limit ?? KEY_PAGE_SIZE, options.cursor, options.tuning);
  const arns = page.rows.map((r) => r.arn);
  const [labels, use] = await Promise.all([aliasesAndTags(db, arns), readLastUsed(db, arns)]);
  return {
    rows: page.rows.map((r) => toKeyRow(r, labels.aliasesOf(r.arn), labels.tagsOf(r.arn), use.get(r.arn))),
    nextCursor: page.next ? encodeKeyCursor(page.next) : null,
  };
}
