import { createAwsAccess, type AwsAccess, type AwsAccessOptions } from "@/lib/aws";
import type { Config } from "@/lib/config";

/**
 * AWS access for the audit ingestion: CloudTrail and S3 only, at the audit's own share of the
 * quotas (LookupEvents allows 2 calls per second per account-Region, and nothing else in Keywarden
 * calls it, so the ingestion may use nearly all of it).
 */
export function createAuditAwsAccess(config: Config, options: Omit<AwsAccessOptions, "config"> = {}): AwsAccess {
  return createAwsAccess({ ...options, config: { ...config.aws, quotaFraction: config.audit.quotaFraction } });
}
