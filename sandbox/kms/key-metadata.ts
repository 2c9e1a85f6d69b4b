import { createHash } from "node:crypto";
import { keyArn } from "../core/arn";
import { epochSeconds } from "../core/time-format";
import type { KmsStore } from "./kms-store";
import { arnOf } from "./key-arn";
import { algorithmsFor } from "./key-spec";
import { isMultiRegion, type KmsKey } from "./model";

/** KeyMetadata exactly as DescribeKey returns it (absent fields are left out, as KMS does). */
export function keyMetadata(key: KmsKey, kms: KmsStore): Record<string, unknown> {
  const m: Record<string, unknown> = {
    AWSAccountId: key.AWSAccountId,
    KeyId: key.KeyId,
    Arn: arnOf(key),
    CreationDate: epochSeconds(key.CreationDate),
    Enabled: key.KeyState === "Enabled" || (key.KeyState === "Updating" && key.settledState === "Enabled"),
    Description: key.Description,
    KeyUsage: key.KeyUsage,
    KeyState: key.KeyState,
  };
  if (key.DeletionDate !== undefined && key.KeyState === "PendingDeletion") m.DeletionDate = epochSeconds(key.DeletionDate);
  if (key.ValidTo !== undefined) m.ValidTo = epochSeconds(key.ValidTo);
  m.Origin = key.Origin;
  if (key.Origin === "EXTERNAL") m.ExpirationModel = key.ValidTo !== undefined ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE";
  m.KeyManager = key.KeyManager;
  m.CustomerMasterKeySpec = key.KeySpec.startsWith("ECC_NIST_EDWARDS") ? undefined : key.KeySpec;
  m.KeySpec = key.KeySpec;
  Object.assign(m, algorithmsFor(key.KeySpec, key.KeyUsage));
  m.MultiRegion = isMultiRegion(key);
  if (isMultiRegion(key)) m.MultiRegionConfiguration = multiRegionConfiguration(key, kms);
  if (key.KeyState === "PendingReplicaDeletion") m.PendingDeletionWindowInDays = key.PendingDeletionWindowInDays;
  if (key.KeySpec === "SYMMETRIC_DEFAULT" && key.KeyState !== "PendingImport") m.CurrentKeyMaterialId = materialId(key, key.materialVersion);
  for (const k of Object.keys(m)) if (m[k] === undefined) delete m[k];
  return m;
}

export function multiRegionConfiguration(key: KmsKey, kms: KmsStore) {
  const set = kms.multiRegionSet(key.AWSAccountId, key.KeyId);
  const primary = set.find((k) => k.MultiRegionKeyType === "PRIMARY");
  const ref = (k: KmsKey) => ({ Arn: arnOf(k), Region: k.Region });
  return {
    MultiRegionKeyType: key.MultiRegionKeyType,
    PrimaryKey: primary ? ref(primary) : { Arn: keyArn(key.Region, key.AWSAccountId, key.KeyId), Region: key.Region },
    ReplicaKeys: set.filter((k) => k.MultiRegionKeyType === "REPLICA").map(ref),
  };
}

/** Key material ids are 64 hex characters; derived, so every Region of a multi-Region key agrees. */
export function materialId(key: KmsKey, version: number): string {
  return createHash("sha256").update(`${key.AWSAccountId}/${key.KeyId}/${version}`).digest("hex");
}
