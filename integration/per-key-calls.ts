import type { KmsClient } from "@/lib/aws";

/** The calls a full sync makes for each key, one per operation (the throughput test and benchmark). */
export const PER_KEY_CALLS = {
  DescribeKey: (kms: KmsClient, KeyId: string) => kms.send("DescribeKey", { KeyId }),
  GetKeyPolicy: (kms: KmsClient, KeyId: string) => kms.send("GetKeyPolicy", { KeyId, PolicyName: "default" }),
  GetKeyRotationStatus: (kms: KmsClient, KeyId: string) => kms.send("GetKeyRotationStatus", { KeyId }),
  ListResourceTags: (kms: KmsClient, KeyId: string) => kms.send("ListResourceTags", { KeyId }),
  ListGrants: (kms: KmsClient, KeyId: string) => kms.send("ListGrants", { KeyId, Limit: 100 }),
  ListKeyRotations: (kms: KmsClient, KeyId: string) => kms.send("ListKeyRotations", { KeyId, Limit: 1000 }),
};
export type PerKeyOperation = keyof typeof PER_KEY_CALLS;
export const PER_KEY_OPERATIONS = Object.keys(PER_KEY_CALLS) as PerKeyOperation[];
