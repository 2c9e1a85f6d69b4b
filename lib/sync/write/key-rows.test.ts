import type { KeyMetadata } from "@aws-sdk/client-kms";
import { describe, expect, it } from "vitest";
import { keyRows } from "./key-rows";
import type { KeyParts } from "../read/read-key";

const arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const metadata: KeyMetadata = {
  AWSAccountId: "111122223333",
  KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
  Arn: arn,
  CreationDate: new Date("2025-01-02T03:04:05.678Z"),
  Enabled: true,
  Description: "Payments Ledger",
  KeyUsage: "ENCRYPT_DECRYPT",
  KeyState: "Enabled",
  Origin: "AWS_KMS",
  KeyManager: "CUSTOMER",
  KeySpec: "SYMMETRIC_DEFAULT",
  EncryptionAlgorithms: ["SYMMETRIC_DEFAULT"],
  MultiRegion: false,
};
const parts: KeyParts = {
  policy: '{"Version":"2012-10-17","Statement":[]}',
  rotationStatus: { KeyRotationEnabled: true, RotationPeriodInDays: 365, NextRotationDate: new Date("2026-01-02T00:00:00Z") },
  rotations: [
    { RotationDate: new Date("2025-06-01T00:00:00Z"), RotationType: "ON_DEMAND" },
    { RotationDate: new Date("2025-03-01T00:00:00Z"), RotationType: "AUTOMATIC" },
  ],
  grants: [
    { GrantId: "b", GranteePrincipal: "arn:aws:iam::111122223333:role/b", Operations: ["Decrypt"] },
    { GrantId: "a", GranteePrincipal: "arn:aws:iam::111122223333:role/a", Operations: ["Encrypt"], Constraints: { EncryptionContextEquals: { app: "x" } } },
  ],
  tags: [{ TagKey: "Team", TagValue: "Payments" }],
};

describe("keyRows", () => {
  it("maps a key and derives search text and the on-demand rotation count", () => {
    const rows = keyRows(arn, metadata, parts, ["alias/payments/Ledger"]);
    expect(rows.complete).toBe(true);
    expect(rows.key).toMatchObject({ region: "eu-west-1", keyId: metadata.KeyId, rotationEnabled: true, onDemandRotationCount: 1, replicaKeys: null });
    expect(rows.key.searchText).toBe(`${metadata.KeyId} ${arn} alias/payments/ledger payments ledger team=payments`);
    expect(rows.grants!.map((g) => g.grantId)).toEqual(["a", "b"]);
    expect(rows.grants![0]!.constraints).toEqual({ EncryptionContextEquals: { app: "x" } });
    expect(rows.policy).toMatchObject({ parsed: { Version: "2012-10-17", Statement: [] }, parseError: null });
  });

  it("hashes content, not the order AWS listed it in", () => {
    const a = keyRows(arn, metadata, parts, ["alias/x", "alias/y"]);
    const b = keyRows(arn, metadata, { ...parts, grants: [...parts.grants!].reverse(), rotations: [...parts.rotations!].reverse() }, ["alias/y", "alias/x"]);
    expect(b.key.contentHash).toBe(a.key.contentHash);
    expect(keyRows(arn, { ...metadata, Description: "changed" }, parts, ["alias/x", "alias/y"]).key.contentHash).not.toBe(a.key.contentHash);
    expect(keyRows(arn, metadata, parts, ["alias/x"]).key.contentHash).not.toBe(a.key.contentHash);
  });

  it("leaves unread parts alone and gives an incomplete key no hash", () => {
    const known = { rotation: { rotationEnabled: false, rotationPeriodInDays: 90, nextRotationDate: null, onDemandRotationStartDate: null, onDemandRotationCount: 3 }, tags: [{ keyArn: arn, tagKey: "Old", tagValue: "tag" }] };
    const rows = keyRows(arn, metadata, { ...parts, grants: undefined, tags: undefined, rotationStatus: undefined }, [], known);
    expect(rows.complete).toBe(false);
    expect(rows.key.contentHash).toBe("");
    expect(rows.grants).toBeUndefined();
    expect(rows.tags).toBeUndefined();
    expect(rows.key).toMatchObject({ rotationEnabled: false, onDemandRotationCount: 3 });
    expect(rows.key.searchText).toContain("old=tag");
  });

  it("keeps every key material, with null (not empty) for what AWS did not send", () => {
    const imported = { ...metadata, Origin: "EXTERNAL" as const, CurrentKeyMaterialId: "m2" };
    const rotations = [
      { KeyId: metadata.KeyId, KeyMaterialId: "m1", KeyMaterialState: "NON_CURRENT" as const, ImportState: "IMPORTED" as const, ExpirationModel: "KEY_MATERIAL_DOES_NOT_EXPIRE" as const },
      {
        KeyId: metadata.KeyId, KeyMaterialId: "m2", KeyMaterialState: "CURRENT" as const, ImportState: "IMPORTED" as const, ExpirationModel: "KEY_MATERIAL_EXPIRES" as const,
        ValidTo: new Date("2027-01-01T00:00:00Z"), RotationDate: new Date("2026-05-01T00:00:00Z"), RotationType: "ON_DEMAND" as const,
      },
    ];
    const rows = keyRows(arn, imported, { ...parts, rotationStatus: null, rotations }, []);
    expect(rows.complete).toBe(true);
    expect(rows.materials).toEqual([
      { keyArn: arn, keyMaterialId: "m1", state: "NON_CURRENT", description: null, importState: "IMPORTED", expirationModel: "KEY_MATERIAL_DOES_NOT_EXPIRE", validTo: null, rotationDate: null, rotationType: null },
      { keyArn: arn, keyMaterialId: "m2", state: "CURRENT", description: null, importState: "IMPORTED", expirationModel: "KEY_MATERIAL_EXPIRES", validTo: "2027-01-01T00:00:00.000Z", rotationDate: "2026-05-01T00:00:00.000Z", rotationType: "ON_DEMAND" },
    ]);
    // The first material is no rotation.
    expect(rows.rotations).toEqual([{ keyArn: arn, rotationDate: "2026-05-01T00:00:00.000Z", rotationType: "ON_DEMAND", keyMaterialId: "m2" }]);
    expect(rows.key).toMatchObject({ rotationEnabled: null, onDemandRotationCount: 1, currentKeyMaterialId: "m2" });
  });

  it("stores a policy that is not JSON with its parse error", () => {
    expect(keyRows(arn, metadata, { ...parts, policy: "{oops" }, []).policy).toMatchObject({ parsed: null, parseError: expect.any(String) });
  });
});
