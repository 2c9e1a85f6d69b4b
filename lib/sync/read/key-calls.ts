import type { KeyMetadata } from "@aws-sdk/client-kms";

/** The per-key reads after DescribeKey. GetKeyLastUsage is planned separately (last-usage-queue.ts). */
export type KeyReadOperation = "GetKeyPolicy" | "ListGrants" | "GetKeyRotationStatus" | "ListKeyRotations" | "ListResourceTags";

type KeyType = Pick<KeyMetadata, "KeySpec" | "CustomerMasterKeySpec" | "Origin" | "CustomKeyStoreId">;

// Keys in a custom key store (CloudHSM or external) rotate neither way, whatever their Origin says.
const symmetricOutsideKeyStores = (m: KeyType) => (m.KeySpec ?? m.CustomerMasterKeySpec) === "SYMMETRIC_DEFAULT" && !m.CustomKeyStoreId;

/**
 * Automatic rotation exists only for symmetric encryption keys whose material KMS generated:
 * asymmetric, HMAC, imported (EXTERNAL) and custom-key-store keys answer
 * UnsupportedOperationException to GetKeyRotationStatus.
 */
export function supportsAutomaticRotation(metadata: KeyType): boolean {
  return symmetricOutsideKeyStores(metadata) && metadata.Origin === "AWS_KMS";
}

/**
 * On-demand rotation (and so ListKeyRotations) also exists for symmetric keys with imported
 * material: new material is imported first, then RotateKeyOnDemand makes it current.
 */
export function supportsOnDemandRotation(metadata: KeyType): boolean {
  return symmetricOutsideKeyStores(metadata) && (metadata.Origin === "AWS_KMS" || metadata.Origin === "EXTERNAL");
}

/** Only customer managed keys carry tags: AWS managed keys cannot be tagged (TagResource). */
export function carriesTags(metadata: Pick<KeyMetadata, "KeyManager">): boolean {
  return metadata.KeyManager === "CUSTOMER";
}

/**
 * Every read this key's type allows, and no other: a call AWS would refuse is never made (the
 * refusal would land in the customer's CloudTrail as an error). It follows DescribeKey only.
 */
export function planKeyCalls(metadata: KeyType & Pick<KeyMetadata, "KeyManager">): KeyReadOperation[] {
  const calls: KeyReadOperation[] = ["GetKeyPolicy", "ListGrants"];
  if (supportsAutomaticRotation(metadata)) calls.push("GetKeyRotationStatus");
  if (supportsOnDemandRotation(metadata)) calls.push("ListKeyRotations");
  if (carriesTags(metadata)) calls.push("ListResourceTags");
  return calls;
}
