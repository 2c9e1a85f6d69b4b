import type { KeyMetadata } from "@aws-sdk/client-kms";

/** The per-key reads after DescribeKey. GetKeyLastUsage is planned separately (last-usage-queue.ts). */
export type KeyReadOperation = "GetKeyPolicy" | "ListGrants" | "GetKeyRotationStatus" | "ListKeyRotations" | "ListResourceTags";

/**
 * Automatic and on-demand rotation exist only for symmetric encryption keys whose material KMS
 * generated: asymmetric, HMAC, imported (EXTERNAL) and custom-key-store keys answer
 * UnsupportedOperationException to GetKeyRotationStatus and ListKeyRotations.
 */
export function supportsRotation(metadata: Pick<KeyMetadata, "KeySpec" | "CustomerMasterKeySpec" | "Origin">): boolean {
  const spec = metadata.KeySpec ?? metadata.CustomerMasterKeySpec;
  return spec === "SYMMETRIC_DEFAULT" && metadata.Origin === "AWS_KMS";
}

/** Only customer managed keys carry tags: AWS managed keys cannot be tagged (TagResource). */
export function carriesTags(metadata: Pick<KeyMetadata, "KeyManager">): boolean {
  return metadata.KeyManager === "CUSTOMER";
}

/** Every read this key's type allows, and no other: a call AWS would refuse is never made. */
export function planKeyCalls(metadata: Pick<KeyMetadata, "KeySpec" | "CustomerMasterKeySpec" | "Origin" | "KeyManager">): KeyReadOperation[] {
  const calls: KeyReadOperation[] = ["GetKeyPolicy", "ListGrants"];
  if (supportsRotation(metadata)) calls.push("GetKeyRotationStatus", "ListKeyRotations");
  if (carriesTags(metadata)) calls.push("ListResourceTags");
  return calls;
}
