import type { PrismaClient } from "@/lib/db/client";
import type { TargetRef } from "@/lib/aws";

export type LookupState = {
  status: string;
  watermark: Date | null;
  backfillCursor: Date | null;
  backfillCompletedAt: Date | null;
};

/** The account-Region's LookupEvents state, creating its rows when the inventory has not yet. */
export async function loadLookupState(db: PrismaClient, t: TargetRef): Promise<LookupState> {
  await db.awsAccount.createMany({ data: [{ id: t.accountId }], skipDuplicates: true });
  await db.accountRegion.createMany({ data: [{ accountId: t.accountId, region: t.region }], skipDuplicates: true });
  const row = await db.accountRegion.findUniqueOrThrow({
    where: { accountId_region: t },
    select: { status: true, lookupWatermark: true, backfillCursor: true, backfillCompletedAt: true },
  });
  return { status: row.status, watermark: row.lookupWatermark, backfillCursor: row.backfillCursor, backfillCompletedAt: row.backfillCompletedAt };
}

// Concurrent runs may finish in any order: the watermark only moves forward, the cursor only back.
export async function saveWatermark(db: PrismaClient, t: TargetRef, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE "AccountRegion" SET "lookupWatermark" = GREATEST("lookupWatermark", ${at}), "updatedAt" = now()
    WHERE "accountId" = ${t.accountId} AND region = ${t.region}`;
}

export async function saveBackfillCursor(db: PrismaClient, t: TargetRef, cursor: Date): Promise<void> {
  await db.$executeRaw`UPDATE "AccountRegion" SET "backfillCursor" = LEAST("backfillCursor", ${cursor}), "updatedAt" = now()
    WHERE "accountId" = ${t.accountId} AND region = ${t.region}`;
}

export async function completeBackfill(db: PrismaClient, t: TargetRef, at: Date): Promise<void> {
  await db.accountRegion.update({ where: { accountId_region: t }, data: { backfillCompletedAt: at } });
}
