import type { TargetRef } from "./targets";

/** A KMS key by where it lives and its id; its ARN is keyArnOf(ref). */
export type KeyRef = TargetRef & { keyId: string };

export type AliasRef = TargetRef & { aliasName: string };

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
// Alias names: "alias/" then letters, digits, "/", "_" and "-" (the CreateAlias rule).
const ALIAS_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):(alias\/[A-Za-z0-9/_-]+)$/;
// Key ids: a UUID, or "mrk-" and 32 hex digits for multi-Region keys.
const KEY_ID = /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const ACCOUNT_ID = /^\d{12}$/;

// Region prefixes of the partitions other than "aws"; "us-iso-" must not swallow "us-isob-" or "us-isof-".
const PARTITIONS: readonly (readonly [prefix: string, partition: string])[] = [
  ["cn-", "aws-cn"],
  ["us-gov-", "aws-us-gov"],
  ["us-iso-", "aws-iso"],
  ["us-isob-", "aws-iso-b"],
  ["us-isof-", "aws-iso-f"],
  ["eu-isoe-", "aws-iso-e"],
];

/** The partition of a Region ("aws" for commercial Regions). */
export function partitionOf(region: string): string {
  return PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? "aws";
}

export function keyArnOf(ref: KeyRef): string {
  return `arn:${partitionOf(ref.region)}:kms:${ref.region}:${ref.accountId}:key/${ref.keyId}`;
}

export function parseKeyArn(arn: string): (KeyRef & { partition: string }) | undefined {
  const m = KEY_ARN.exec(arn);
  return m ? { partition: m[1]!, region: m[2]!, accountId: m[3]!, keyId: m[4]! } : undefined;
}

export function isKeyArn(value: string): boolean {
  return KEY_ARN.test(value);
}

export function parseAliasArn(arn: string): AliasRef | undefined {
  const m = ALIAS_ARN.exec(arn);
  return m ? { region: m[2]!, accountId: m[3]!, aliasName: m[4]! } : undefined;
}

export function isKeyId(value: string): boolean {
  return KEY_ID.test(value);
}

export const isAccountId = (value: unknown): value is string => typeof value === "string" && ACCOUNT_ID.test(value);
