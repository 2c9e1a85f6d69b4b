import {
  CancelKeyDeletionCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  GetKeyLastUsageCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  GetPublicKeyCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeyPoliciesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  ListRetirableGrantsCommand,
  PutKeyPolicyCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
} from "@aws-sdk/client-kms";
import { kmsNextMarker } from "./paginate";
import { PAGE_SIZE_LIMITS } from "../limits/quotas";
import type { Paging, ServiceClient } from "./service-client";

/** The KMS operations Keywarden calls: inventory reads and the guarded changes. */
export const KMS_COMMANDS = {
  ListKeys: ListKeysCommand,
  DescribeKey: DescribeKeyCommand,
  ListAliases: ListAliasesCommand,
  GetKeyPolicy: GetKeyPolicyCommand,
  ListKeyPolicies: ListKeyPoliciesCommand,
  GetKeyRotationStatus: GetKeyRotationStatusCommand,
  ListKeyRotations: ListKeyRotationsCommand,
  ListGrants: ListGrantsCommand,
  ListRetirableGrants: ListRetirableGrantsCommand,
  ListResourceTags: ListResourceTagsCommand,
  GetPublicKey: GetPublicKeyCommand,
  GetKeyLastUsage: GetKeyLastUsageCommand,
  RotateKeyOnDemand: RotateKeyOnDemandCommand,
  EnableKeyRotation: EnableKeyRotationCommand,
  DisableKeyRotation: DisableKeyRotationCommand,
  EnableKey: EnableKeyCommand,
  DisableKey: DisableKeyCommand,
  ScheduleKeyDeletion: ScheduleKeyDeletionCommand,
  CancelKeyDeletion: CancelKeyDeletionCommand,
  PutKeyPolicy: PutKeyPolicyCommand,
};

export type KmsOperation = keyof typeof KMS_COMMANDS;
export type KmsPagedOperation = keyof typeof PAGE_SIZE_LIMITS.kms;
export type KmsClient = ServiceClient<typeof KMS_COMMANDS, KmsPagedOperation>;

const byMarker = (operation: KmsPagedOperation): Paging<{ Truncated?: boolean; NextMarker?: string }> => ({
  tokenIn: "Marker",
  sizeIn: "Limit",
  maxSize: PAGE_SIZE_LIMITS.kms[operation].max,
  next: kmsNextMarker,
});

export const KMS_PAGING = {
  ListKeys: byMarker("ListKeys"),
  ListAliases: byMarker("ListAliases"),
  ListGrants: byMarker("ListGrants"),
  ListRetirableGrants: byMarker("ListRetirableGrants"),
  ListKeyRotations: byMarker("ListKeyRotations"),
  ListResourceTags: byMarker("ListResourceTags"),
  ListKeyPolicies: byMarker("ListKeyPolicies"),
} satisfies Record<KmsPagedOperation, Paging<{ Truncated?: boolean; NextMarker?: string }>>;
