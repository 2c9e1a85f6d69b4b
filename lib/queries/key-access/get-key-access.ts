import "server-only";
import { analyseKeyAccess, type AccessReport } from "@/lib/access";
import { sourceDocuments } from "@/lib/access/graph/source-documents";
import { getConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { readKeyAccess } from "./read-key-access";

export type KeyAccessView = {
  keyArn: string;
  keyLabel: string;
  accountId: string;
  report: AccessReport;
  /** Names of the inventoried accounts, by id. */
  accountNames: Record<string, string>;
  /** The statement or grant behind each edge source, as written. */
  documents: Record<string, unknown>;
};

/** The access model of an inventoried key, with what the graph and the summary show beside it; null when not inventoried. */
export async function getKeyAccess(keyArn: string): Promise<KeyAccessView | null> {
  const db = getPrisma();
  const input = await readKeyAccess(db, keyArn, getConfig().access);
  if (!input) return null;
  const [key, accounts] = await Promise.all([
    db.kmsKey.findUnique({ where: { arn: keyArn }, select: { keyId: true, accountId: true, aliases: { select: { aliasName: true }, orderBy: { aliasName: "asc" }, take: 1 } } }),
    db.awsAccount.findMany({ where: { name: { not: null } }, select: { id: true, name: true } }),
  ]);
  if (!key) return null;
  return {
    keyArn,
    keyLabel: key.aliases[0]?.aliasName ?? key.keyId,
    accountId: key.accountId,
    report: analyseKeyAccess(input, input.context),
    accountNames: Object.fromEntries(accounts.map((a) => [a.id, a.name ?? a.id])),
    documents: sourceDocuments(input.policy, input.grants),
  };
}
