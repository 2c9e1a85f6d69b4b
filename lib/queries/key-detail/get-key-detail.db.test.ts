import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { getKeyDetail } from "./get-key-detail";

const ACCOUNT = "111122223333";
const IMPORTED = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const SIGNING = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;

describeEachDatabase("key detail: rotation support and key material", (db) => {
  beforeEach(async () => {
    await db.truncate();
    await db.prisma.awsAccount.create({ data: { id: ACCOUNT } });
    await db.prisma.accountRegion.create({ data: { accountId: ACCOUNT, region: "eu-west-1", unavailableOperations: ["GetKeyLastUsage"] } });
    const key = (arn: string, keySpec: string, origin: string) => ({
      arn, accountId: ACCOUNT, region: "eu-west-1", keyId: arn.split("/")[1]!, keyState: "Enabled", enabled: true, keyManager: "CUSTOMER",
      keySpec, keyUsage: keySpec === "SYMMETRIC_DEFAULT" ? "ENCRYPT_DECRYPT" : "SIGN_VERIFY", origin, creationDate: new Date("2026-01-01T00:00:00Z"), syncedAt: new Date(),
    });
    await db.prisma.kmsKey.createMany({ data: [{ ...key(IMPORTED, "SYMMETRIC_DEFAULT", "EXTERNAL"), currentKeyMaterialId: "m2", onDemandRotationCount: 1 }, key(SIGNING, "RSA_3072", "AWS_KMS")] });
    await db.prisma.keyMaterial.createMany({
      data: [
        { keyArn: IMPORTED, keyMaterialId: "m2", state: "CURRENT", importState: "IMPORTED", expirationModel: "KEY_MATERIAL_EXPIRES", validTo: new Date("2027-01-01T00:00:00Z"), rotationDate: new Date("2026-05-01T00:00:00Z"), rotationType: "ON_DEMAND" },
        { keyArn: IMPORTED, keyMaterialId: "m1", state: "NON_CURRENT", importState: "IMPORTED", expirationModel: "KEY_MATERIAL_DOES_NOT_EXPIRE" },
      ],
    });
  });

  it("lists an imported key's materials oldest first (the first material has no rotation date) and says it rotates on demand", async () => {
    const k = (await getKeyDetail(IMPORTED))!;
    expect(k.rotation.support).toBe("on-demand-only");
    expect(k.currentKeyMaterialId).toBe("m2");
    expect(k.materials).toEqual([
      { id: "m1", state: "NON_CURRENT", description: null, importState: "IMPORTED", expirationModel: "KEY_MATERIAL_DOES_NOT_EXPIRE", validTo: null, rotationDate: null, rotationType: null },
      { id: "m2", state: "CURRENT", description: null, importState: "IMPORTED", expirationModel: "KEY_MATERIAL_EXPIRES", validTo: "2027-01-01T00:00:00.000Z", rotationDate: "2026-05-01T00:00:00.000Z", rotationType: "ON_DEMAND" },
    ]);
    expect(k.unavailableOperations).toEqual(["GetKeyLastUsage"]);
  });

  it("calls an asymmetric key not rotatable, with no material", async () => {
    const k = (await getKeyDetail(SIGNING))!;
    expect(k.rotation.support).toBe("not-rotatable-key-type");
    expect(k.materials).toEqual([]);
  });
});
