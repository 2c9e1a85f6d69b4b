import type { PrismaClient } from "@/lib/db/generated/client";

export const ACCOUNT = "111122223333";
export const REGION = "eu-west-1";

export const keyArn = (n: number, region = REGION) => `arn:aws:kms:${region}:${ACCOUNT}:key/0000000${n}-1111-4222-a333-444455556666`;

type KeyState = { keyState?: string; deletionDate?: Date; pendingDeletionWindowInDays?: number; alias?: string; region?: string };

/** An account, its Regions with the given trail coverage, and keys numbered 1..n. */
export async function seedUsageInventory(db: PrismaClient, coverage: Record<string, string>, keys: Record<number, KeyState>): Promise<void> {
  await db.awsAccount.create({ data: { id: ACCOUNT, name: "usage-test" } });
  await db.accountRegion.createMany({ data: Object.entries(coverage).map(([region, trailCoverage]) => ({ accountId: ACCOUNT, region, trailCoverage })) });
  for (const [n, k] of Object.entries(keys)) {
    const arn = keyArn(Number(n), k.region);
    await db.kmsKey.create({
      data: {
        arn, accountId: ACCOUNT, region: k.region ?? REGION, keyId: arn.split("/")[1]!, description: `key ${n}`, keyState: k.keyState ?? "Enabled", enabled: (k.keyState ?? "Enabled") === "Enabled",
        keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: new Date("2025-01-01T00:00:00Z"),
        deletionDate: k.deletionDate, pendingDeletionWindowInDays: k.pendingDeletionWindowInDays, syncedAt: new Date(),
      },
    });
    if (k.alias) await db.kmsAlias.create({ data: { accountId: ACCOUNT, region: k.region ?? REGION, aliasName: k.alias, aliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:${k.alias}`, targetKeyId: arn.split("/")[1], keyArn: arn, syncedAt: new Date() } });
  }
}
