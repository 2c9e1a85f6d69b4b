const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
const ALIAS_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):(alias\/[A-Za-z0-9/_-]+)$/;
// Key ids: a UUID, or "mrk-" and 32 hex digits for multi-Region keys.
const KEY_ID = /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const ACCOUNT_ID = /^\d{12}$/;

export type AliasRef = { accountId: string; region: string; aliasName: string };

export const isAccountId = (v: unknown): v is string => typeof v === "string" && ACCOUNT_ID.test(v);

export function isKeyArn(v: string): boolean {
  return KEY_ARN.test(v);
}

export function parseAliasArn(v: string): AliasRef | undefined {
  const m = ALIAS_ARN.exec(v);
  return m ? { region: m[2]!, accountId: m[3]!, aliasName: m[4]! } : undefined;
}

export function isKeyId(v: string): boolean {
  return KEY_ID.test(v);
}

export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}

export function keyArnOf(accountId: string, region: string, keyId: string): string {
  return `arn:${partitionOf(region)}:kms:${region}:${accountId}:key/${keyId}`;
}
