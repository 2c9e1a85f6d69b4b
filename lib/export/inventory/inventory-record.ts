import type { KmsKey } from "@/lib/db/generated/client";

// One key as `npm run inventory` and the Keys page's export write it. The field order is the
// documented one; times are ISO-8601 strings and absent values are null.

export type InventoryRecord = {
  arn: string;
  accountId: string;
  region: string;
  keyId: string;
  aliases: string[];
  keyState: string;
  keyManager: string;
  keySpec: string;
  keyUsage: string;
  origin: string;
  multiRegion: boolean;
  description: string;
  creationDate: string;
  deletionDate: string | null;
  validTo: string | null;
  rotation: { enabled: boolean | null; periodDays: number | null; nextRotationDate: string | null; onDemandCount: number };
  grantCount: number;
  tags: Record<string, string>;
  lastUsedAt: string | null;
  syncedAt: string;
};

/** The KmsKey columns an inventory record is built from, plus the key's number of grants. */
export type InventoryKeyRecord = Pick<
  KmsKey,
  | "arn" | "accountId" | "region" | "keyId" | "keyState" | "keyManager" | "keySpec" | "keyUsage" | "origin" | "multiRegion"
  | "description" | "creationDate" | "deletionDate" | "validTo" | "rotationEnabled" | "rotationPeriodInDays" | "nextRotationDate"
  | "onDemandRotationCount" | "lastUsedAt" | "syncedAt"
> & { grantCount: number };

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toInventoryRecord(k: InventoryKeyRecord, aliases: string[], tags: { key: string; value: string }[]): InventoryRecord {
  return {
    arn: k.arn,
    accountId: k.accountId,
    region: k.region,
    keyId: k.keyId,
    aliases,
    keyState: k.keyState,
    keyManager: k.keyManager,
    keySpec: k.keySpec,
    keyUsage: k.keyUsage,
    origin: k.origin,
    multiRegion: k.multiRegion,
    description: k.description,
    creationDate: k.creationDate.toISOString(),
    deletionDate: iso(k.deletionDate),
    validTo: iso(k.validTo),
    rotation: { enabled: k.rotationEnabled, periodDays: k.rotationPeriodInDays, nextRotationDate: iso(k.nextRotationDate), onDemandCount: k.onDemandRotationCount },
    grantCount: k.grantCount,
    tags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    lastUsedAt: iso(k.lastUsedAt),
    syncedAt: k.syncedAt.toISOString(),
  };
}
