import type { TargetRef } from "@/lib/aws";

export type KeyRef = TargetRef & { keyId: string };

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
const ALIAS_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):(alias\/.+)$/;

export function parseKeyArn(arn: string): (KeyRef & { partition: string }) | undefined {
  const m = KEY_ARN.exec(arn);
  return m ? { partition: m[1]!, region: m[2]!, accountId: m[3]!, keyId: m[4]! } : undefined;
}

export function parseAliasArn(arn: string): (TargetRef & { aliasName: string }) | undefined {
  const m = ALIAS_ARN.exec(arn);
  return m ? { region: m[2]!, accountId: m[3]!, aliasName: m[4]! } : undefined;
}

/** The partition of a Region ("aws" for commercial Regions). */
export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

export function keyArnOf(ref: KeyRef): string {
  return `arn:${partitionOf(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId}`;
}

export const targetKey = (t: TargetRef): string => `${t.accountId}/${t.region}`;
