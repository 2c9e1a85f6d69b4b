import type { AliasListEntry } from "@aws-sdk/client-kms";
import { collect, type KmsClient, type TargetRef } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import { chunked, insertSql, WRITE_TRANSACTION, type Column } from "../write/sql-rows";

export async function listAliases(kms: KmsClient): Promise<AliasListEntry[]> {
  return (await collect(kms.paginate("ListAliases", {}))).flatMap((p) => p.Aliases ?? []);
}

/** Alias names per target key id (AWS managed aliases whose key does not exist yet have none). */
export function aliasNamesByKeyId(aliases: readonly { aliasName: string; targetKeyId: string | null }[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const a of aliases) {
    if (!a.targetKeyId) continue;
    byKey.set(a.targetKeyId, [...(byKey.get(a.targetKeyId) ?? []), a.aliasName]);
  }
  for (const names of byKey.values()) names.sort();
  return byKey;
}

export type AliasRow = {
  aliasName: string;
  aliasArn: string;
  targetKeyId: string | null;
  /** The key's ARN; the write keeps it only when the key is in the inventory (foreign key). */
  keyArn: string | null;
  creationDate: string | null;
  lastUpdatedDate: string | null;
};

export function aliasRow(a: AliasListEntry): AliasRow {
  const arn = a.AliasArn ?? "";
  const target = a.TargetKeyId ?? null;
  return {
    aliasName: a.AliasName ?? "",
    aliasArn: arn,
    targetKeyId: target,
    keyArn: target && arn.includes(":alias/") ? `${arn.slice(0, arn.indexOf(":alias/"))}:key/${target}` : null,
    creationDate: a.CreationDate?.toISOString() ?? null,
    lastUpdatedDate: a.LastUpdatedDate?.toISOString() ?? null,
  };
}

export async function loadStoredAliases(db: PrismaClient, target: TargetRef): Promise<AliasRow[]> {
  const rows = await db.kmsAlias.findMany({ where: { accountId: target.accountId, region: target.region } });
  return rows.map((r) => ({
    aliasName: r.aliasName,
    aliasArn: r.aliasArn,
    targetKeyId: r.targetKeyId,
    keyArn: r.keyArn,
    creationDate: r.creationDate?.toISOString() ?? null,
    lastUpdatedDate: r.lastUpdatedDate?.toISOString() ?? null,
  }));
}

const COLUMNS: Column[] = [
  ["aliasName", "text"],
  ["aliasArn", "text"],
  ["targetKeyId", "text"],
  ["creationDate", "timestamptz"],
  ["lastUpdatedDate", "timestamptz"],
];
const UPSERT = insertSql("KmsAlias", COLUMNS, {
  conflict: ["accountId", "region", "aliasName"],
  update: ["aliasArn", "targetKeyId", "keyArn", "creationDate", "lastUpdatedDate", "syncedAt"],
  expressions: {
    accountId: "$2",
    region: "$3",
    keyArn: `(SELECT k."arn" FROM "KmsKey" k WHERE k."arn" = r."keyArn")`,
    syncedAt: "$4::timestamptz",
  },
  inputs: [["keyArn", "text"]],
});

const same = (a: AliasRow, b: AliasRow) =>
  a.aliasArn === b.aliasArn && a.targetKeyId === b.targetKeyId && a.creationDate === b.creationDate && a.lastUpdatedDate === b.lastUpdatedDate && (a.keyArn !== null || b.keyArn === null);

/** Makes the stored aliases of an account-Region equal a complete ListAliases; writes only differences. */
export async function writeAliases(db: PrismaClient, target: TargetRef, listed: readonly AliasRow[], stored: readonly AliasRow[], at: Date): Promise<number> {
  const before = new Map(stored.map((a) => [a.aliasName, a]));
  const changed = listed.filter((a) => !before.has(a.aliasName) || !same(before.get(a.aliasName)!, a));
  const names = new Set(listed.map((a) => a.aliasName));
  const removed = stored.filter((a) => !names.has(a.aliasName)).map((a) => a.aliasName);
  const statements = [];
  if (removed.length > 0) {
    statements.push(
      db.$executeRawUnsafe(`DELETE FROM "KmsAlias" WHERE "accountId" = $1 AND "region" = $2 AND "aliasName" = ANY($3::text[])`, target.accountId, target.region, removed),
    );
  }
  for (const rows of chunked(changed)) statements.push(db.$executeRawUnsafe(UPSERT, JSON.stringify(rows), target.accountId, target.region, at.toISOString()));
  if (statements.length > 0) await db.$transaction(statements, WRITE_TRANSACTION);
  return changed.length + removed.length;
}
