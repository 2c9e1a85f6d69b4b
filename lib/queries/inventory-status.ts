import type { PrismaClient } from "@/lib/db/generated/client";

export type InventoryStatus = { keys: number; accounts: number; regions: number; lastSync: { status: string; finishedAt: Date | null } | null };

export async function getInventoryStatus(db: PrismaClient): Promise<InventoryStatus> {
  const [keys, accounts, regions, lastSync] = await Promise.all([
    db.kmsKey.count({ where: { deletedAt: null } }),
    db.awsAccount.count(),
    db.accountRegion.count({ where: { status: "active" } }),
    db.syncRun.findFirst({ orderBy: { startedAt: "desc" }, select: { status: true, finishedAt: true } }),
  ]);
  return { keys, accounts, regions, lastSync };
}
