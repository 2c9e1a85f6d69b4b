import type { PrismaClient } from "@/lib/db/client";

// The sandbox's GET /_sandbox/state: what each read operation answers, timestamps in epoch seconds.
type Epoch = number | null | undefined;
type GtKey = {
  keyId: string;
  account: string;
  region: string;
  arn: string;
  describeKey: Record<string, unknown> & { MultiRegionConfiguration?: { MultiRegionKeyType?: string; PrimaryKey?: { Arn: string; Region: string }; ReplicaKeys?: { Arn: string; Region: string }[] } };
  rotationStatus: { KeyRotationEnabled?: boolean; RotationPeriodInDays?: number; NextRotationDate?: Epoch; OnDemandRotationStartDate?: Epoch } | null;
  rotations: { RotationDate: number; RotationType: string; KeyMaterialId?: string }[] | null;
  /** ListKeyRotations with IncludeKeyMaterial ALL_KEY_MATERIAL. */
  keyMaterials: {
    KeyMaterialId: string;
    KeyMaterialState?: string;
    KeyMaterialDescription?: string;
    ImportState?: string;
    ExpirationModel?: string;
    ValidTo?: Epoch;
    RotationDate?: Epoch;
    RotationType?: string;
  }[] | null;
  aliases: { AliasName: string; AliasArn: string; TargetKeyId: string; CreationDate?: Epoch; LastUpdatedDate?: Epoch }[];
  grants: { GrantId: string; Name?: string; GranteePrincipal?: string; RetiringPrincipal?: string; IssuingAccount?: string; Operations?: string[]; Constraints?: unknown; CreationDate?: Epoch }[];
  tags: { TagKey: string; TagValue: string }[];
  policy: string;
  lastUsage: { KeyLastUsage?: { Operation?: string; Timestamp?: number }; TrackingStartDate?: Epoch };
};
export type GroundTruth = { keys: GtKey[]; unattachedAliases: { account: string; region: string; aliasName: string }[] };

export async function fetchGroundTruth(url: string): Promise<GroundTruth> {
  const res = await fetch(`${url}/_sandbox/state`);
  if (!res.ok) throw new Error(`/_sandbox/state answered HTTP ${res.status}`);
  return (await res.json()) as GroundTruth;
}

const iso = (s: Epoch) => (s === null || s === undefined ? null : new Date(Math.round(s * 1000)).toISOString());
const isoOf = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const byKey = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Every difference between the inventory and the sandbox's ground truth, field by field. */
/** `lastUsage`: compare GetKeyLastUsage for every key ("all"), for the keys checked so far ("checked"), or not. */
export async function compareWithGroundTruth(db: PrismaClient, truth: GroundTruth, options: { lastUsage: "all" | "checked" | false }): Promise<string[]> {
  const rows = await db.kmsKey.findMany({ where: { deletedAt: null }, include: { grants: true, tags: true, rotations: true, materials: true, policies: true, aliases: true } });
  const stored = new Map(rows.map((r) => [r.arn, r]));
  const problems: string[] = [];
  const check = (arn: string, field: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) problems.push(`${arn} ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  for (const arn of stored.keys()) if (!truth.keys.some((k) => k.arn === arn)) problems.push(`${arn}: in the inventory, not in AWS`);
  for (const k of truth.keys) {
    const r = stored.get(k.arn);
    if (!r) {
      problems.push(`${k.arn}: missing from the inventory`);
      continue;
    }
    const d = k.describeKey;
    const mrc = d.MultiRegionConfiguration;
    check(k.arn, "DescribeKey", {
      accountId: d.AWSAccountId, region: k.region, keyId: d.KeyId, description: d.Description ?? "", keyState: d.KeyState, enabled: d.Enabled, keyManager: d.KeyManager,
      keySpec: d.KeySpec, keyUsage: d.KeyUsage, origin: d.Origin, creationDate: iso(d.CreationDate as Epoch), deletionDate: iso(d.DeletionDate as Epoch),
      pendingDeletionWindowInDays: d.PendingDeletionWindowInDays ?? null, validTo: iso(d.ValidTo as Epoch), expirationModel: d.ExpirationModel ?? null,
      customKeyStoreId: d.CustomKeyStoreId ?? null, cloudHsmClusterId: d.CloudHsmClusterId ?? null, xksKeyId: (d.XksKeyConfiguration as { Id?: string } | undefined)?.Id ?? null,
      currentKeyMaterialId: d.CurrentKeyMaterialId ?? null, encryptionAlgorithms: d.EncryptionAlgorithms ?? [], signingAlgorithms: d.SigningAlgorithms ?? [],
      macAlgorithms: d.MacAlgorithms ?? [], keyAgreementAlgorithms: d.KeyAgreementAlgorithms ?? [], multiRegion: d.MultiRegion ?? false,
      multiRegionKeyType: mrc?.MultiRegionKeyType ?? null, primaryKeyArn: mrc?.PrimaryKey?.Arn ?? null, primaryRegion: mrc?.PrimaryKey?.Region ?? null,
      replicaKeys: mrc ? (mrc.ReplicaKeys ?? []).map((x) => ({ arn: x.Arn, region: x.Region })) : null,
    }, {
      accountId: r.accountId, region: r.region, keyId: r.keyId, description: r.description, keyState: r.keyState, enabled: r.enabled, keyManager: r.keyManager,
      keySpec: r.keySpec, keyUsage: r.keyUsage, origin: r.origin, creationDate: isoOf(r.creationDate), deletionDate: isoOf(r.deletionDate),
      pendingDeletionWindowInDays: r.pendingDeletionWindowInDays, validTo: isoOf(r.validTo), expirationModel: r.expirationModel, customKeyStoreId: r.customKeyStoreId,
      cloudHsmClusterId: r.cloudHsmClusterId, xksKeyId: r.xksKeyId, currentKeyMaterialId: r.currentKeyMaterialId, encryptionAlgorithms: r.encryptionAlgorithms,
      signingAlgorithms: r.signingAlgorithms, macAlgorithms: r.macAlgorithms, keyAgreementAlgorithms: r.keyAgreementAlgorithms, multiRegion: r.multiRegion,
      multiRegionKeyType: r.multiRegionKeyType, primaryKeyArn: r.primaryKeyArn, primaryRegion: r.primaryRegion, replicaKeys: r.replicaKeys,
    });
    const rs = k.rotationStatus;
    check(k.arn, "GetKeyRotationStatus",
      rs ? [rs.KeyRotationEnabled ?? null, rs.RotationPeriodInDays ?? null, iso(rs.NextRotationDate), iso(rs.OnDemandRotationStartDate)] : [null, null, null, null],
      [r.rotationEnabled, r.rotationPeriodInDays, isoOf(r.nextRotationDate), isoOf(r.onDemandRotationStartDate)]);
    const rotations = byKey(k.rotations ?? [], (x) => iso(x.RotationDate)!);
    check(k.arn, "ListKeyRotations", rotations.map((x) => [iso(x.RotationDate), x.RotationType, x.KeyMaterialId ?? null]), byKey(r.rotations, (x) => isoOf(x.rotationDate)!).map((x) => [isoOf(x.rotationDate), x.rotationType, x.keyMaterialId]));
    check(k.arn, "ListKeyRotations (ALL_KEY_MATERIAL)",
      byKey(k.keyMaterials ?? [], (m) => m.KeyMaterialId).map((m) => [m.KeyMaterialId, m.KeyMaterialState ?? null, m.KeyMaterialDescription ?? null, m.ImportState ?? null, m.ExpirationModel ?? null, iso(m.ValidTo), iso(m.RotationDate), m.RotationType ?? null]),
      byKey(r.materials, (m) => m.keyMaterialId).map((m) => [m.keyMaterialId, m.state, m.description, m.importState, m.expirationModel, isoOf(m.validTo), isoOf(m.rotationDate), m.rotationType]));
    check(k.arn, "onDemandRotationCount", rotations.filter((x) => x.RotationType === "ON_DEMAND").length, r.onDemandRotationCount);
    check(k.arn, "ListGrants",
      byKey(k.grants, (g) => g.GrantId).map((g) => [g.GrantId, g.Name || null, g.GranteePrincipal ?? null, g.RetiringPrincipal ?? null, g.IssuingAccount ?? null, g.Operations ?? [], g.Constraints ?? null, iso(g.CreationDate)]),
      byKey(r.grants, (g) => g.grantId).map((g) => [g.grantId, g.name, g.granteePrincipal, g.retiringPrincipal, g.issuingAccount, g.operations, g.constraints, isoOf(g.creationDate)]));
    check(k.arn, "ListResourceTags", byKey(k.tags, (t) => t.TagKey).map((t) => [t.TagKey, t.TagValue]), byKey(r.tags, (t) => t.tagKey).map((t) => [t.tagKey, t.tagValue]));
    check(k.arn, "GetKeyPolicy", k.policy, r.policies.find((p) => p.policyName === "default")?.policyText);
    check(k.arn, "ListAliases",
      byKey(k.aliases, (a) => a.AliasName).map((a) => [a.AliasName, a.AliasArn, a.TargetKeyId, iso(a.CreationDate), iso(a.LastUpdatedDate)]),
      byKey(r.aliases, (a) => a.aliasName).map((a) => [a.aliasName, a.aliasArn, a.targetKeyId, isoOf(a.creationDate), isoOf(a.lastUpdatedDate)]));
    for (const a of k.aliases) if (!r.searchText.includes(a.AliasName.toLowerCase())) problems.push(`${k.arn} searchText lacks ${a.AliasName}`);
    if (options.lastUsage === "all" || (options.lastUsage === "checked" && r.lastUsageCheckedAt)) {
      const u = k.lastUsage;
      check(k.arn, "GetKeyLastUsage", [iso(u.KeyLastUsage?.Timestamp), u.KeyLastUsage?.Operation ?? null, iso(u.TrackingStartDate)], [isoOf(r.lastUsedAt), r.lastUsedOperation, isoOf(r.lastUsageTrackingStartAt)]);
    }
  }
  const unattached = await db.kmsAlias.findMany({ where: { targetKeyId: null } });
  check("aliases", "without a target key", byKey(truth.unattachedAliases, (a) => a.aliasName).map((a) => `${a.account}/${a.region}/${a.aliasName}`).sort(),
    unattached.map((a) => `${a.accountId}/${a.region}/${a.aliasName}`).sort());
  return problems;
}
