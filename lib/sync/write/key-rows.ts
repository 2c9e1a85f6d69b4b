import type { GrantListEntry, KeyMetadata, RotationsListEntry, Tag } from "@aws-sdk/client-kms";
import { contentHash } from "./content-hash";
import type { KeyParts, RotationStatus } from "../read/read-key";

// Rows as the database stores them, with dates as ISO strings (they travel as JSON to the database).
export type KmsKeyRow = ReturnType<typeof metadataColumns> & RotationColumns & { searchText: string; contentHash: string };
export type RotationColumns = {
  rotationEnabled: boolean | null;
  rotationPeriodInDays: number | null;
  nextRotationDate: string | null;
  onDemandRotationStartDate: string | null;
  onDemandRotationCount: number;
};
export type GrantRow = ReturnType<typeof grantRow>;
export type TagRow = { keyArn: string; tagKey: string; tagValue: string };
export type RotationRow = { keyArn: string; rotationDate: string; rotationType: string | null; keyMaterialId: string | null };
export type MaterialRow = {
  keyArn: string;
  keyMaterialId: string;
  state: string | null;
  description: string | null;
  importState: string | null;
  expirationModel: string | null;
  validTo: string | null;
  rotationDate: string | null;
  rotationType: string | null;
};
export type PolicyRow = { keyArn: string; policyName: string; policyText: string; parsed: unknown; parseError: string | null; contentHash: string };

/** A key's rows; a child list left undefined was not read and must stay as it is in the database. */
export type KeyRows = { key: KmsKeyRow; policy?: PolicyRow; grants?: GrantRow[]; tags?: TagRow[]; rotations?: RotationRow[]; materials?: MaterialRow[]; complete: boolean };

/** What the database holds for the parts a failed read could not refresh. */
export type KnownParts = { rotation: RotationColumns; tags: TagRow[] };

const iso = (d: Date | undefined | null) => (d ? d.toISOString() : null);

function metadataColumns(arn: string, m: KeyMetadata) {
  const mrc = m.MultiRegionConfiguration;
  return {
    arn,
    accountId: m.AWSAccountId ?? "",
    region: arn.split(":")[3] ?? "",
    keyId: m.KeyId ?? "",
    description: m.Description ?? "",
    keyState: m.KeyState ?? "",
    enabled: m.Enabled ?? false,
    keyManager: m.KeyManager ?? "",
    keySpec: m.KeySpec ?? m.CustomerMasterKeySpec ?? "",
    keyUsage: m.KeyUsage ?? "",
    origin: m.Origin ?? "",
    creationDate: iso(m.CreationDate) ?? new Date(0).toISOString(),
    deletionDate: iso(m.DeletionDate),
    pendingDeletionWindowInDays: m.PendingDeletionWindowInDays ?? null,
    validTo: iso(m.ValidTo),
    expirationModel: m.ExpirationModel ?? null,
    customKeyStoreId: m.CustomKeyStoreId ?? null,
    cloudHsmClusterId: m.CloudHsmClusterId ?? null,
    xksKeyId: m.XksKeyConfiguration?.Id ?? null,
    currentKeyMaterialId: m.CurrentKeyMaterialId ?? null,
    encryptionAlgorithms: m.EncryptionAlgorithms ?? [],
    signingAlgorithms: m.SigningAlgorithms ?? [],
    macAlgorithms: m.MacAlgorithms ?? [],
    keyAgreementAlgorithms: m.KeyAgreementAlgorithms ?? [],
    multiRegion: m.MultiRegion ?? false,
    multiRegionKeyType: mrc?.MultiRegionKeyType ?? null,
    primaryKeyArn: mrc?.PrimaryKey?.Arn ?? null,
    primaryRegion: mrc?.PrimaryKey?.Region ?? null,
    replicaKeys: mrc ? (mrc.ReplicaKeys ?? []).map((r) => ({ arn: r.Arn ?? "", region: r.Region ?? "" })) : null,
  };
}

function rotationColumns(status: RotationStatus | null, rotations: RotationRow[]): RotationColumns {
  return {
    rotationEnabled: status?.KeyRotationEnabled ?? null,
    rotationPeriodInDays: status?.RotationPeriodInDays ?? null,
    nextRotationDate: iso(status?.NextRotationDate),
    onDemandRotationStartDate: iso(status?.OnDemandRotationStartDate),
    onDemandRotationCount: rotations.filter((r) => r.rotationType === "ON_DEMAND").length,
  };
}

function grantRow(keyArn: string, g: GrantListEntry) {
  const c = g.Constraints;
  const constraints = c && (c.EncryptionContextSubset || c.EncryptionContextEquals) ? c : null;
  return {
    keyArn,
    grantId: g.GrantId ?? "",
    name: g.Name || null,
    granteePrincipal: g.GranteePrincipal ?? null,
    retiringPrincipal: g.RetiringPrincipal ?? null,
    issuingAccount: g.IssuingAccount ?? null,
    operations: g.Operations ?? [],
    constraints,
    creationDate: iso(g.CreationDate),
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const tagRows = (arn: string, tags: Tag[]) => uniqueBy(tags.map((t) => ({ keyArn: arn, tagKey: t.TagKey ?? "", tagValue: t.TagValue ?? "" })), (t) => t.tagKey);
const rotationRows = (arn: string, rs: RotationsListEntry[]) =>
  uniqueBy(
    rs.filter((r) => r.RotationDate).map((r) => ({ keyArn: arn, rotationDate: iso(r.RotationDate)!, rotationType: r.RotationType ?? null, keyMaterialId: r.KeyMaterialId ?? null })),
    (r) => r.rotationDate,
  );
const materialRows = (arn: string, rs: RotationsListEntry[]): MaterialRow[] =>
  uniqueBy(
    rs.flatMap((r) =>
      r.KeyMaterialId
        ? [{
            keyArn: arn,
            keyMaterialId: r.KeyMaterialId,
            state: r.KeyMaterialState ?? null,
            description: r.KeyMaterialDescription ?? null,
            importState: r.ImportState ?? null,
            expirationModel: r.ExpirationModel ?? null,
            validTo: iso(r.ValidTo),
            rotationDate: iso(r.RotationDate),
            rotationType: r.RotationType ?? null,
          }]
        : [],
    ),
    (m) => m.keyMaterialId,
  );

function policyRow(keyArn: string, policyText: string): PolicyRow {
  let parsed: unknown = null;
  let parseError: string | null = null;
  try {
    parsed = JSON.parse(policyText);
  } catch (e) {
    parseError = e instanceof Error ? e.message : String(e);
  }
  return { keyArn, policyName: "default", policyText, parsed, parseError, contentHash: contentHash(policyText) };
}

/** Lowercased key id, ARN, alias names, description and tags (as key=value), for the keys table search. */
export function searchText(key: { keyId: string; arn: string; description: string }, aliases: readonly string[], tags: readonly TagRow[]): string {
  return [key.keyId, key.arn, ...aliases, key.description, ...tags.map((t) => `${t.tagKey}=${t.tagValue}`)].filter(Boolean).join(" ").toLowerCase();
}

/**
 * The rows for one key read. Parts that failed keep the database's values (`known`), and the key
 * then gets no content hash, so that the next sync writes it again.
 */
export function keyRows(arn: string, metadata: KeyMetadata, parts: KeyParts, aliases: readonly string[], known?: KnownParts): KeyRows {
  const columns = metadataColumns(arn, metadata);
  const grants = parts.grants && uniqueBy(parts.grants.map((g) => grantRow(arn, g)), (g) => g.grantId);
  const tags = parts.tags && tagRows(arn, parts.tags);
  const rotations = parts.rotations === null ? [] : parts.rotations && rotationRows(arn, parts.rotations);
  const materials = parts.rotations === null ? [] : parts.rotations && materialRows(arn, parts.rotations);
  const complete = parts.policy !== undefined && grants !== undefined && tags !== undefined && rotations !== undefined && parts.rotationStatus !== undefined;
  const rotation = parts.rotationStatus !== undefined && rotations ? rotationColumns(parts.rotationStatus, rotations) : (known?.rotation ?? rotationColumns(null, []));
  const policy = parts.policy === undefined ? undefined : policyRow(arn, parts.policy);
  const sortedAliases = [...aliases].sort();
  const text = searchText(columns, sortedAliases, tags ?? known?.tags ?? []);
  const hash = complete ? contentHash([columns, rotation, text, policy?.policyText, grants, tags, rotations, materials]) : "";
  return { key: { ...columns, ...rotation, searchText: text, contentHash: hash }, policy, grants, tags, rotations, materials, complete };
}
