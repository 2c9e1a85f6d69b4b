import "server-only";
import { getPrisma } from "@/lib/db/client";

export type InventoryStatus = {
  keys: number;
  accounts: number;
  regions: number;
  lastSync: { status: string; finishedAt: Date | null } | null;
  /** Changes whenever a sync may have written: the latest run, its progress, and the key count. */
  version: string;
};

export async function getInventoryStatus(): Promise<InventoryStatus> {
  const db = getPrisma();
  const [keys, accounts, regions, lastSync] = await Promise.all([
    db.kmsKey.count({ where: { deletedAt: null } }),
    db.awsAccount.count(),
    db.accountRegion.count({ where: { status: "active" } }),
    db.syncRun.findFirst({ orderBy: { startedAt: "desc" }, select: { id: true, status: true, finishedAt: true, doneUnits: true } }),
  ]);
  const version = lastSync ? `${lastSync.id}:${lastSync.status}:${lastSync.doneUnits}:${lastSync.finishedAt?.getTime() ?? ""}:${keys}` : `none:${keys}`;
  return { keys, accounts, regions, lastSync: lastSync && { status: lastSync.status, finishedAt: lastSync.finishedAt }, version };
}
