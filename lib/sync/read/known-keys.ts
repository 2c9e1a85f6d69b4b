import type { TargetRef } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import type { KnownParts, TagRow } from "../write/key-rows";

/** What the database holds about a key, to decide whether a fresh read changes anything. */
export type KnownKey = {
  contentHash: string;
  deleted: boolean;
  keyState: string;
  lastUsageCheckedAt: Date | null;
};

export async function loadKnownKeys(db: PrismaClient, target: TargetRef, arns?: readonly string[]): Promise<Map<string, KnownKey>> {
  const rows = await db.kmsKey.findMany({
    where: { accountId: target.accountId, region: target.region, ...(arns ? { arn: { in: [...arns] } } : {}) },
    select: { arn: true, contentHash: true, deletedAt: true, keyState: true, lastUsageCheckedAt: true },
  });
  return new Map(rows.map((r) => [r.arn, { contentHash: r.contentHash, deleted: r.deletedAt !== null, keyState: r.keyState, lastUsageCheckedAt: r.lastUsageCheckedAt }]));
}

/** The stored rotation status and tags of a key whose fresh read was incomplete. */
export async function loadKnownParts(db: PrismaClient, arn: string): Promise<KnownParts | undefined> {
  const row = await db.kmsKey.findUnique({
    where: { arn },
    select: {
      rotationEnabled: true,
      rotationPeriodInDays: true,
      nextRotationDate: true,
      onDemandRotationStartDate: true,
      onDemandRotationCount: true,
      tags: { select: { tagKey: true, tagValue: true } },
    },
  });
  if (!row) return undefined;
  const tags: TagRow[] = row.tags.map((t) => ({ keyArn: arn, ...t }));
  return {
    rotation: {
      rotationEnabled: row.rotationEnabled,
      rotationPeriodInDays: row.rotationPeriodInDays,
      nextRotationDate: row.nextRotationDate?.toISOString() ?? null,
      onDemandRotationStartDate: row.onDemandRotationStartDate?.toISOString() ?? null,
      onDemandRotationCount: row.onDemandRotationCount,
    },
    tags,
  };
}
