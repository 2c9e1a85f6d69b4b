// AWS default request quotas, requests per second per account and Region. AWS can raise them per
// account, so callers may override them (see RateLimiterOptions.quotaOverrides).
// Sources: KMS Developer Guide "Request quotas" (KMS operations the current page lists); for
// GetPublicKey, ListRetirableGrants and the rotation switches, the last table published in
// awsdocs/aws-kms-developer-guide (lower than today's, so safe); CloudTrail User Guide "Quotas in
// AWS CloudTrail"; IAM User Guide "IAM and AWS STS quotas"; S3 User Guide "Best practices design patterns" (per prefix).

export type AwsService = "kms" | "cloudtrail" | "sts" | "s3";

export const KMS_REQUEST_QUOTAS = {
  ListKeys: 500,
  DescribeKey: 2000,
  ListAliases: 500,
  GetKeyPolicy: 1000,
  GetKeyRotationStatus: 1000,
  ListKeyRotations: 100,
  ListGrants: 100,
  ListRetirableGrants: 5,
  ListResourceTags: 2000,
  ListKeyPolicies: 100,
  GetPublicKey: 5,
  GetKeyLastUsage: 5,
  RotateKeyOnDemand: 5,
  EnableKeyRotation: 5,
  DisableKeyRotation: 5,
  DisableKey: 5,
  EnableKey: 5,
  ScheduleKeyDeletion: 15,
  CancelKeyDeletion: 5,
  PutKeyPolicy: 15,
} as const satisfies Record<string, number>;

/** Operations that share one "Cryptographic operations (symmetric)" quota per account-Region. */
export const KMS_SYMMETRIC_CRYPTO_OPERATIONS = [
  "Decrypt",
  "Encrypt",
  "GenerateDataKey",
  "GenerateDataKeyWithoutPlaintext",
  "GenerateMac",
  "GenerateRandom",
  "ReEncrypt",
  "VerifyMac",
] as const;

export const KMS_SYMMETRIC_CRYPTO_POOL = "SymmetricCryptographicOperations";

const CRYPTO_100K_REGIONS = new Set(["us-east-1", "us-west-2", "eu-west-1"]);
const CRYPTO_20K_REGIONS = new Set(["us-east-2", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "eu-central-1", "eu-west-2"]);

export function kmsSymmetricCryptoQuota(region: string): number {
  if (CRYPTO_100K_REGIONS.has(region)) return 100_000;
  if (CRYPTO_20K_REGIONS.has(region)) return 20_000;
  return 10_000;
}

export const CLOUDTRAIL_REQUEST_QUOTAS = {
  LookupEvents: 2,
  // "Get, describe, and list APIs": one 10 TPS quota, treated here as shared by all of them.
  DescribeTrails: 10,
  GetTrailStatus: 10,
  GetEventSelectors: 10,
  ListTrails: 10,
} as const satisfies Record<string, number>;

const CLOUDTRAIL_READ_POOL = "GetDescribeList";

// One STS request rate covers every STS API of an account in a Region.
export const STS_REQUEST_QUOTA = 600;
const STS_POOL = "STS";

// S3 scales per prefix; a trail's log prefix is the unit Keywarden reads.
export const S3_REQUEST_QUOTAS = {
  ListObjectsV2: 5500,
  GetObject: 5500,
  HeadObject: 5500,
} as const satisfies Record<string, number>;

export type Quota = {
  /** The limiter bucket: the operation itself, or the shared pool it counts against. */
  pool: string;
  rps: number;
};

export function quotaFor(service: AwsService, operation: string, region: string): Quota {
  const found = lookup(service, operation, region);
  if (!found) throw new Error(`No request quota known for ${service}:${operation}`);
  return found;
}

function lookup(service: AwsService, operation: string, region: string): Quota | undefined {
  switch (service) {
    case "kms":
      if ((KMS_SYMMETRIC_CRYPTO_OPERATIONS as readonly string[]).includes(operation)) {
        return { pool: KMS_SYMMETRIC_CRYPTO_POOL, rps: kmsSymmetricCryptoQuota(region) };
      }
      return own(KMS_REQUEST_QUOTAS, operation);
    case "cloudtrail":
      if (operation === "LookupEvents") return { pool: operation, rps: CLOUDTRAIL_REQUEST_QUOTAS.LookupEvents };
      return own(CLOUDTRAIL_REQUEST_QUOTAS, operation) && { pool: CLOUDTRAIL_READ_POOL, rps: 10 };
    case "sts":
      return { pool: STS_POOL, rps: STS_REQUEST_QUOTA };
    case "s3":
      return own(S3_REQUEST_QUOTAS, operation);
  }
}

function own(table: Record<string, number>, operation: string): Quota | undefined {
  return Object.hasOwn(table, operation) ? { pool: operation, rps: table[operation]! } : undefined;
}

export type PageSize = { min: number; max: number; default: number };

/** The `Limit` (KMS) and `MaxResults` (CloudTrail) ranges of the paginated operations. */
export const PAGE_SIZE_LIMITS = {
  kms: {
    ListKeys: { min: 1, max: 1000, default: 100 },
    ListAliases: { min: 1, max: 100, default: 50 },
    ListGrants: { min: 1, max: 100, default: 50 },
    ListRetirableGrants: { min: 1, max: 100, default: 50 },
    ListKeyRotations: { min: 1, max: 1000, default: 100 },
    ListResourceTags: { min: 1, max: 50, default: 50 },
    ListKeyPolicies: { min: 1, max: 1000, default: 100 },
  },
  cloudtrail: {
    LookupEvents: { min: 1, max: 50, default: 50 },
  },
  s3: {
    ListObjectsV2: { min: 1, max: 1000, default: 1000 },
  },
} as const satisfies Record<string, Record<string, PageSize>>;
