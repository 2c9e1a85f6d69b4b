import type { Prisma } from "@/lib/db/generated/client";

export type GeneratedKey = {
  key: Prisma.KmsKeyCreateManyInput;
  aliases: Prisma.KmsAliasCreateManyInput[];
  tags: Prisma.KeyTagCreateManyInput[];
  grants: Prisma.KmsGrantCreateManyInput[];
  policy?: Prisma.KeyPolicyCreateManyInput;
};

export function searchTextOf(keyId: string, arn: string, aliases: string[], description: string, tags: [string, string][]): string {
  return [keyId, arn, ...aliases, description, ...tags.map(([k, v]) => `${k}=${v}`)].join(" ").toLowerCase();
}

export function alias(account: string, region: string, aliasName: string, keyId: string, keyArn: string, creationDate: Date, now: Date) {
  return { accountId: account, region, aliasName, aliasArn: `arn:aws:kms:${region}:${account}:${aliasName}`, targetKeyId: keyId, keyArn, creationDate, lastUpdatedDate: creationDate, syncedAt: now };
}
