import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";

const at = new Date("2026-11-01T00:00:00Z");
const arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-0000-4000-8000-000000000001";

const key = (searchText: string) => ({
  arn, accountId: "111122223333", region: "eu-west-1", keyId: "1234abcd-0000-4000-8000-000000000001", keyState: "Enabled", enabled: true,
  keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: at, syncedAt: at, searchText,
});

const alias = (aliasName: string, keyArn: string | null = arn) => ({
  accountId: "111122223333", region: "eu-west-1", aliasName, aliasArn: `arn:aws:kms:eu-west-1:111122223333:${aliasName}`, keyArn, syncedAt: at,
});

// The triggers of migration key_search_triggers: whatever writes keys and aliases, the search
// trigrams and the alias sort column follow.
describeEachDatabase("key search and alias-sort triggers", (db) => {
  beforeEach(async () => {
    await db.truncate();
    await db.prisma.awsAccount.create({ data: { id: "111122223333" } });
  });

  const trigrams = async () => (await db.prisma.keySearch.findUniqueOrThrow({ where: { keyArn: arn } })).trigrams.sort();
  const primaryAlias = async () => (await db.prisma.kmsKey.findUniqueOrThrow({ where: { arn } })).primaryAlias;

  it("indexes a key's search text on insert and again when it changes", async () => {
    await db.prisma.kmsKey.createMany({ data: [key("Pay ab")] });
    expect(await trigrams()).toEqual(["pay"]);
    await db.prisma.kmsKey.update({ where: { arn }, data: { searchText: "alias/x-y" } });
    expect(await trigrams()).toEqual(["/x-", "ali", "as/", "ias", "lia", "s/x", "x-y"]);
    await db.prisma.kmsKey.update({ where: { arn }, data: { description: "unrelated" } });
    expect(await trigrams()).toContain("ali");
    await db.prisma.kmsKey.delete({ where: { arn } });
    expect(await db.prisma.keySearch.count()).toBe(0);
  });

  it("keeps primaryAlias at the first alias name as aliases come, move and go", async () => {
    await db.prisma.kmsKey.create({ data: key("") });
    expect(await primaryAlias()).toBeNull();
    await db.prisma.kmsAlias.createMany({ data: [alias("alias/zeta"), alias("alias/beta")] });
    expect(await primaryAlias()).toBe("alias/beta");
    await db.prisma.kmsAlias.update({ where: { accountId_region_aliasName: { accountId: "111122223333", region: "eu-west-1", aliasName: "alias/beta" } }, data: { keyArn: null } });
    expect(await primaryAlias()).toBe("alias/zeta");
    await db.prisma.kmsAlias.deleteMany({});
    expect(await primaryAlias()).toBeNull();
  });
});
