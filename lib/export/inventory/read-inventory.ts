import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { KeyFilter } from "@/lib/filters/key-filter";
import type { KeyCursor } from "@/lib/queries/keys/key-cursor";
import { keysetPage } from "@/lib/queries/keys/keyset-page";
import { aliasesAndTags } from "@/lib/queries/keys/aliases-and-tags";
import { toInventoryRecord, type InventoryKeyRecord, type InventoryRecord } from "./inventory-record";

const SELECT = Prisma.sql`SELECT k."arn", k."accountId", k."region", k."keyId", k."keyState", k."keyManager", k."keySpec",
  k."keyUsage", k."origin", k."multiRegion", k."description", k."creationDate", k."deletionDate", k."validTo",
  k."rotationEnabled", k."rotationPeriodInDays", k."nextRotationDate", k."onDemandRotationCount", k."lastUsedAt", k."syncedAt",
  (SELECT count(*)::int FROM "KmsGrant" g WHERE g."keyArn" = k."arn") AS "grantCount"`;

/**
 * The keys a filter matches, in its order, as inventory records: read in keyset batches so that
 * memory stays flat however large the inventory is.
 */
export async function* readInventory(filter: KeyFilter, batchSize = 500): AsyncGenerator<InventoryRecord> {
  const db = getPrisma();
  let cursor: KeyCursor | undefined;
  do {
    const page = await keysetPage<InventoryKeyRecord>(db, filter, SELECT, batchSize, cursor);
    const labels = await aliasesAndTags(db, page.rows.map((r) => r.arn));
    for (const row of page.rows) yield toInventoryRecord(row, labels.aliasesOf(row.arn), labels.tagsOf(row.arn));
    cursor = page.next ?? undefined;
  } while (cursor);
}
