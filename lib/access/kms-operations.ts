import type { OperationGroup } from "./types";

/**
 * The KMS actions whose resource is a KMS key (the Service Authorization Reference's "key"
 * resource type), the ones a key policy or a grant can allow. Account-level actions (CreateKey,
 * ListKeys, ListAliases, GenerateRandom…) are not governed by a key policy and are left out.
 */
export const KMS_OPERATIONS: Readonly<Record<string, OperationGroup>> = {
  Decrypt: "use",
  Encrypt: "use",
  ReEncryptFrom: "use",
  ReEncryptTo: "use",
  GenerateDataKey: "use",
  GenerateDataKeyPair: "use",
  GenerateDataKeyPairWithoutPlaintext: "use",
  GenerateDataKeyWithoutPlaintext: "use",
  Sign: "use",
  Verify: "use",
  GenerateMac: "use",
  VerifyMac: "use",
  DeriveSharedSecret: "use",
  GetPublicKey: "use",
  DescribeKey: "use",
  CreateGrant: "grant",
  ListGrants: "grant",
  RetireGrant: "grant",
  RevokeGrant: "grant",
  PutKeyPolicy: "manage",
  GetKeyPolicy: "manage",
  ListKeyPolicies: "manage",
  ScheduleKeyDeletion: "manage",
  CancelKeyDeletion: "manage",
  EnableKey: "manage",
  DisableKey: "manage",
  EnableKeyRotation: "manage",
  DisableKeyRotation: "manage",
  GetKeyRotationStatus: "manage",
  ListKeyRotations: "manage",
  RotateKeyOnDemand: "manage",
  GetKeyLastUsage: "manage",
  UpdateKeyDescription: "manage",
  UpdatePrimaryRegion: "manage",
  ReplicateKey: "manage",
  SynchronizeMultiRegionKey: "manage",
  TagResource: "manage",
  UntagResource: "manage",
  ListResourceTags: "manage",
  CreateAlias: "manage",
  UpdateAlias: "manage",
  DeleteAlias: "manage",
  ImportKeyMaterial: "manage",
  GetParametersForImport: "manage",
  DeleteImportedKeyMaterial: "manage",
};

/** Every key operation as `kms:<Name>`, in a fixed order that reports keep. */
export const ALL_OPERATIONS: readonly string[] = Object.keys(KMS_OPERATIONS).map((op) => `kms:${op}`);

/** Operations that use the key material (AWS: "cryptographic operations"). */
export const CRYPTO_OPERATIONS: ReadonlySet<string> = new Set(
  ALL_OPERATIONS.filter((op) => KMS_OPERATIONS[op.slice(4)] === "use" && op !== "kms:DescribeKey" && op !== "kms:GetPublicKey"),
);
