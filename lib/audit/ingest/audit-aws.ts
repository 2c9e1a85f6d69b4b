import { createAwsAccess, type AwsAccess, type AwsAccessOptions } from "@/lib/aws";
import { CLOUDTRAIL_REQUEST_QUOTAS } from "@/lib/aws/limits/quotas";
import type { Config } from "@/lib/config";

/**
 * AWS access for the audit ingestion: CloudTrail and S3 only, at the audit's own share of the
 * quotas (LookupEvents allows 2 calls per second per account-Region, and the ingestion makes nearly
 * all of Keywarden's calls to it).
 */
export function createAuditAwsAccess(config: Config, options: Omit<AwsAccessOptions, "config"> = {}): AwsAccess {
  return createAwsAccess({ ...options, config: { ...config.aws, quotaFraction: config.audit.quotaFraction } });
}

/**
 * For one AwsAccess shared by the sync and the audit (`npm start`): LookupEvents' bucket at the
 * audit's share of its quota instead of the sync's, since the ingestion makes nearly all of those
 * calls and the sync's incremental lookups take their turn in the same bucket.
 */
export function sharedLookupQuota(config: Config): Record<string, number> {
  return { "cloudtrail:LookupEvents": (CLOUDTRAIL_REQUEST_QUOTAS.LookupEvents * config.audit.quotaFraction) / config.aws.quotaFraction };
}
