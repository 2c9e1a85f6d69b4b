/**
 * Default request quotas (requests per second, per account and Region). Values for the operations
 * Keywarden calls come from KMS-FACTS.md (current KMS Developer Guide); the rest from the
 * "Request quotas" table of the archived awsdocs/aws-kms-developer-guide. All are adjustable in AWS.
 */
export const KMS_RATES: Record<string, number> = {
  ListKeys: 500,
  DescribeKey: 2000,
  ListAliases: 500,
  GetKeyPolicy: 1000,
  GetKeyRotationStatus: 1000,
  ListKeyRotations: 100,
  ListGrants: 100,
  ListResourceTags: 2000,
  ListKeyPolicies: 100,
  GetKeyLastUsage: 5,
  RotateKeyOnDemand: 5,
  DisableKey: 5,
  EnableKey: 5,
  ScheduleKeyDeletion: 15,
  CancelKeyDeletion: 5,
  PutKeyPolicy: 15,
  CreateAlias: 5,
  CreateGrant: 50,
  CreateKey: 5,
  DeleteAlias: 5,
  DisableKeyRotation: 5,
  EnableKeyRotation: 5,
  GetPublicKey: 5,
  ListRetirableGrants: 5,
  RetireGrant: 15,
  RevokeGrant: 15,
  TagResource: 5,
  UntagResource: 5,
  UpdateAlias: 5,
  UpdateKeyDescription: 5,
  ReplicateKey: 5,
  UpdatePrimaryRegion: 5,
};

const SYMMETRIC_CRYPTO_BY_REGION: Record<string, number> = {
  "us-east-1": 100_000,
  "us-west-2": 100_000,
  "eu-west-1": 100_000,
  "us-east-2": 20_000,
  "ap-southeast-1": 20_000,
  "ap-southeast-2": 20_000,
  "ap-northeast-1": 20_000,
  "eu-central-1": 20_000,
  "eu-west-2": 20_000,
};

/** Cryptographic operations share one pool per key type: symmetric (incl. HMAC), RSA, ECC. */
export function cryptoRate(pool: "symmetric" | "rsa" | "ecc", region: string): number {
  if (pool === "rsa") return 500;
  if (pool === "ecc") return 300;
  return SYMMETRIC_CRYPTO_BY_REGION[region] ?? 10_000;
}

/** CloudTrail: LookupEvents is 2 per second per account and Region (LookupEvents API reference). */
export const CLOUDTRAIL_RATES: Record<string, number> = { LookupEvents: 2, DescribeTrails: 10, GetEventSelectors: 10 };

export const DEFAULT_RATE = 5;
