import type { PrismaClient } from "@/lib/db/client";
import type { KeyRows } from "./key-rows";
import { chunked, deleteWhereInSql, insertSql, WRITE_TRANSACTION, type Column } from "./sql-rows";

const T = "text";
const TS = "timestamptz";
const KEY_COLUMNS: Column[] = [
  ["arn", T], ["accountId", T], ["region", T], ["keyId", T], ["description", T], ["keyState", T], ["enabled", "boolean"],
  ["keyManager", T], ["keySpec", T], ["keyUsage", T], ["origin", T], ["creationDate", TS], ["deletionDate", TS],
  ["pendingDeletionWindowInDays", "integer"], ["validTo", TS], ["expirationModel", T], ["customKeyStoreId", T],
  ["cloudHsmClusterId", T], ["xksKeyId", T], ["currentKeyMaterialId", T], ["encryptionAlgorithms", "text[]"],
  ["signingAlgorithms", "text[]"], ["macAlgorithms", "text[]"], ["keyAgreementAlgorithms", "text[]"], ["multiRegion", "boolean"],
  ["multiRegionKeyType", T], ["primaryKeyArn", T], ["primaryRegion", T], ["replicaKeys", "jsonb"], ["rotationEnabled", "boolean"],
  ["rotationPeriodInDays", "integer"], ["nextRotationDate", TS], ["onDemandRotationStartDate", TS], ["onDemandRotationCount", "integer"],
  ["searchText", T], ["contentHash", T],
];
const UPSERT_KEYS = insertSql("KmsKey", KEY_COLUMNS, {
  conflict: ["arn"],
  update: [...KEY_COLUMNS.map(([n]) => n).filter((n) => n !== "arn"), "syncedAt", "deletedAt"],
  expressions: { syncedAt: "$2::timestamptz", deletedAt: "NULL" },
});
const INSERT_GRANTS = insertSql("KmsGrant", [
  ["keyArn", T], ["grantId", T], ["name", T], ["granteePrincipal", T], ["retiringPrincipal", T], ["issuingAccount", T],
  ["operations", "text[]"], ["constraints", "jsonb"], ["creationDate", TS],
], { expressions: { syncedAt: "$2::timestamptz" } });
const INSERT_TAGS = insertSql("KeyTag", [["keyArn", T], ["tagKey", T], ["tagValue", T]]);
const INSERT_ROTATIONS = insertSql("KeyRotation", [["keyArn", T], ["rotationDate", TS], ["rotationType", T], ["keyMaterialId", T]]);
const INSERT_MATERIALS = insertSql("KeyMaterial", [
  ["keyArn", T], ["keyMaterialId", T], ["state", T], ["description", T], ["importState", T], ["expirationModel", T], ["validTo", TS],
  ["rotationDate", TS], ["rotationType", T],
]);
const POLICY_COLUMNS: Column[] = [["keyArn", T], ["policyName", T], ["policyText", T], ["parsed", "jsonb"], ["parseError", T], ["contentHash", T]];
const UPSERT_POLICIES = insertSql("KeyPolicy", POLICY_COLUMNS, {
  conflict: ["keyArn", "policyName"],
  update: ["policyText", "parsed", "parseError", "contentHash", "syncedAt"],
  expressions: { syncedAt: "$2::timestamptz" },
});

/** Writes a batch of changed keys in one short transaction: key rows first, then what they own. */
export async function writeKeys(db: PrismaClient, batch: readonly KeyRows[], syncedAt: Date): Promise<void> {
  if (batch.length === 0) return;
  const json = (rows: unknown[]) => JSON.stringify(rows);
  const arnsOf = (pick: (k: KeyRows) => unknown) => batch.filter((k) => pick(k) !== undefined).map((k) => k.key.arn);
  const at = syncedAt.toISOString();
  const statements = [db.$executeRawUnsafe(UPSERT_KEYS, json(batch.map((k) => k.key)), at)];
  const replace = (table: string, pick: (k: KeyRows) => unknown[] | undefined, insert: string, withTime: boolean) => {
    const arns = arnsOf(pick);
    if (arns.length === 0) return;
    statements.push(db.$executeRawUnsafe(deleteWhereInSql(table, "keyArn"), arns));
    const rows = batch.flatMap((k) => pick(k) ?? []);
    if (rows.length > 0) statements.push(withTime ? db.$executeRawUnsafe(insert, json(rows), at) : db.$executeRawUnsafe(insert, json(rows)));
  };
  replace("KmsGrant", (k) => k.grants, INSERT_GRANTS, true);
  replace("KeyTag", (k) => k.tags, INSERT_TAGS, false);
  replace("KeyRotation", (k) => k.rotations, INSERT_ROTATIONS, false);
  replace("KeyMaterial", (k) => k.materials, INSERT_MATERIALS, false);
  const policies = batch.flatMap((k) => (k.policy ? [k.policy] : []));
  if (policies.length > 0) statements.push(db.$executeRawUnsafe(UPSERT_POLICIES, json(policies), at));
  await db.$transaction(statements, WRITE_TRANSACTION);
}

/** Marks keys deleted, unless a write since `notSyncedSince` shows them alive. Returns how many. */
export async function markKeysDeleted(db: PrismaClient, arns: readonly string[], deletedAt: Date, notSyncedSince: Date): Promise<number> {
  let marked = 0;
  for (const some of chunked(arns)) {
    marked += await db.$executeRawUnsafe(
      `UPDATE "KmsKey" SET "deletedAt" = $2::timestamptz WHERE "arn" = ANY($1::text[]) AND "deletedAt" IS NULL AND "syncedAt" < $3::timestamptz`,
      some,
      deletedAt.toISOString(),
      notSyncedSince.toISOString(),
    );
  }
  return marked;
}
