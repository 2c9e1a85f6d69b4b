import type { AwsTarget, TargetRef } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import type { OptionalOperations } from "../read/optional-operations";

export type AccountRegionUpdate = {
  status?: "active" | "skipped" | "error";
  statusMessage?: string | null;
  lastFullSyncAt?: Date;
  lastIncrementalSyncAt?: Date;
  lastCompleteListingAt?: Date;
};

/** AwsAccount and AccountRegion rows for the targets of a run (the inventory's foreign keys need them). */
export async function ensureAccountRegions(db: PrismaClient, targets: readonly AwsTarget[]): Promise<void> {
  const accounts = new Map(targets.map((t) => [t.accountId, t.via === "assume-role" ? t.roleArn : null]));
  const stored = new Map((await db.awsAccount.findMany({ where: { id: { in: [...accounts.keys()] } } })).map((a) => [a.id, a.roleArn]));
  const missing = [...accounts].filter(([id]) => !stored.has(id)).map(([id, roleArn]) => ({ id, roleArn }));
  // Another run may be adding the same accounts right now.
  if (missing.length > 0) await db.awsAccount.createMany({ data: missing, skipDuplicates: true });
  for (const [id, roleArn] of accounts) {
    if (stored.has(id) && stored.get(id) !== roleArn) await db.awsAccount.update({ where: { id }, data: { roleArn } });
  }
  await db.accountRegion.createMany({ data: targets.map((t) => ({ accountId: t.accountId, region: t.region })), skipDuplicates: true });
}

export async function updateAccountRegion(db: PrismaClient, target: TargetRef, update: AccountRegionUpdate): Promise<void> {
  await db.accountRegion.update({ where: { accountId_region: { accountId: target.accountId, region: target.region } }, data: update });
}

/** Stores which optional operations the account-Region's endpoint does not know (see OptionalOperations). */
export async function recordUnavailableOperations(db: PrismaClient, target: TargetRef, optional: OptionalOperations): Promise<void> {
  if (!optional.touched) return;
  const where = { accountId_region: { accountId: target.accountId, region: target.region } };
  const stored = await db.accountRegion.findUnique({ where, select: { unavailableOperations: true } });
  const next = optional.merge(stored?.unavailableOperations ?? []);
  if (stored && next.join() === stored.unavailableOperations.join()) return;
  await db.accountRegion.update({ where, data: { unavailableOperations: next } });
}
