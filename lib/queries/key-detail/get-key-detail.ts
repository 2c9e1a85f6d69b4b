import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { KeyDetail } from "./key-detail";
import { formatPolicy, toGrantView } from "./grant-view";
import { relatedKeys } from "./related-keys";
import { readLastUsed } from "../keys/last-used-facts";
import { rotationSupport } from "./rotation-support";

const iso = (d: Date | null) => d?.toISOString() ?? null;

const ROTATION_HISTORY = 50;
// 25 on-demand rotations per key, plus automatic ones: a key rarely has more than a few dozen.
const MATERIALS = 100;

/** One key by ARN, deleted ones included (the page says so); null when the inventory never had it. */
export async function getKeyDetail(arn: string): Promise<KeyDetail | null> {
  const db = getPrisma();
  const k = await db.kmsKey.findUnique({
    where: { arn },
    include: {
      account: { select: { name: true } },
      aliases: { orderBy: { aliasName: "asc" } },
      tags: { orderBy: { tagKey: "asc" } },
      grants: { orderBy: [{ creationDate: "asc" }, { grantId: "asc" }] },
      policies: { orderBy: { policyName: "asc" } },
      rotations: { orderBy: { rotationDate: "desc" }, take: ROTATION_HISTORY },
      materials: { orderBy: [{ rotationDate: { sort: "asc", nulls: "first" } }, { keyMaterialId: "asc" }], take: MATERIALS },
    },
  });
  if (!k) return null;
  const [region, refresh, use] = await Promise.all([
    db.accountRegion.findUnique({ where: { accountId_region: { accountId: k.accountId, region: k.region } }, select: { lastFullSyncAt: true, unavailableOperations: true } }),
    db.syncRun.findFirst({ where: { kind: "key", status: "succeeded", scope: { path: ["keyArn"], equals: arn } }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
    readLastUsed(db, [arn]),
  ]);
  const keyUse = use.get(arn);
  const reads = [region?.lastFullSyncAt, refresh?.finishedAt].filter((d): d is Date => d instanceof Date);
  return {
    arn: k.arn,
    keyId: k.keyId,
    accountId: k.accountId,
    accountName: k.account.name,
    region: k.region,
    description: k.description,
    keyState: k.keyState,
    enabled: k.enabled,
    keyManager: k.keyManager,
    origin: k.origin,
    creationDate: k.creationDate.toISOString(),
    deletionDate: iso(k.deletionDate),
    pendingDeletionWindowInDays: k.pendingDeletionWindowInDays,
    validTo: iso(k.validTo),
    expirationModel: k.expirationModel,
    customKeyStoreId: k.customKeyStoreId,
    cloudHsmClusterId: k.cloudHsmClusterId,
    xksKeyId: k.xksKeyId,
    currentKeyMaterialId: k.currentKeyMaterialId,
    crypto: {
      keySpec: k.keySpec,
      keyUsage: k.keyUsage,
      encryptionAlgorithms: k.encryptionAlgorithms,
      signingAlgorithms: k.signingAlgorithms,
      macAlgorithms: k.macAlgorithms,
      keyAgreementAlgorithms: k.keyAgreementAlgorithms,
    },
    aliases: k.aliases.map((a) => ({ name: a.aliasName, arn: a.aliasArn, creationDate: iso(a.creationDate), lastUpdatedDate: iso(a.lastUpdatedDate) })),
    tags: k.tags.map((t) => ({ key: t.tagKey, value: t.tagValue })),
    rotation: {
      support: rotationSupport(k),
      enabled: k.rotationEnabled,
      periodDays: k.rotationPeriodInDays,
      nextRotationDate: iso(k.nextRotationDate),
      onDemandRotationStartDate: iso(k.onDemandRotationStartDate),
      onDemandCount: k.onDemandRotationCount,
      history: k.rotations.map((r) => ({ date: r.rotationDate.toISOString(), type: r.rotationType })),
    },
    materials: k.materials.map((m) => ({
      id: m.keyMaterialId,
      state: m.state,
      description: m.description,
      importState: m.importState,
      expirationModel: m.expirationModel,
      validTo: iso(m.validTo),
      rotationDate: iso(m.rotationDate),
      rotationType: m.rotationType,
    })),
    unavailableOperations: region?.unavailableOperations ?? [],
    grants: k.grants.map(toGrantView),
    policies: k.policies.map((p) => ({ name: p.policyName, formatted: formatPolicy(p.policyText), parseError: p.parseError, syncedAt: p.syncedAt.toISOString() })),
    multiRegion: await relatedKeys(db, k),
    lastUsed: { at: iso(k.lastUsedAt), operation: k.lastUsedOperation, trackingStartAt: iso(k.lastUsageTrackingStartAt), checkedAt: iso(k.lastUsageCheckedAt) },
    lastUse: keyUse?.lastUsed ?? { kind: "unknown", reasons: ["not-checked"] },
    usageCoverage: keyUse?.coverage ?? "unknown",
    syncedAt: k.syncedAt.toISOString(),
    lastReadAt: reads.length ? new Date(Math.max(...reads.map((d) => d.getTime()))).toISOString() : null,
    firstSeenAt: k.firstSeenAt.toISOString(),
    deletedAt: iso(k.deletedAt),
  };
}
