// Every Region of the commercial partition ("aws"), as listed in the AWS SDK for JavaScript v3
// partition data (@aws-sdk/core, partitionsInfo, partition "aws", SDK 3.1169), without its
// "aws-global" pseudo-Region. Update this list when AWS launches a Region.
export const COMMERCIAL_REGIONS = [
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-central-1",
  "ca-west-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "me-west-1",
  "mx-central-1",
  "sa-east-1",
  "sa-west-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
] as const;

// Regions launched before March 2019 are enabled in every account; every later one is opt-in
// (AWS Account Management Reference Guide, "Enable or disable AWS Regions in your account").
const ENABLED_BY_DEFAULT = new Set<string>([
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
]);

export function isOptInRegion(region: string): boolean {
  return !ENABLED_BY_DEFAULT.has(region);
}

/** The configured Regions, or every commercial Region when none are configured; sorted, unique. */
export function syncRegions(configured: readonly string[]): string[] {
  const regions = configured.length > 0 ? configured : COMMERCIAL_REGIONS;
  return [...new Set(regions)].sort();
}
