import { describe, expect, it } from "vitest";
import { operationGroup } from "./operation-group";

describe("operationGroup", () => {
  it.each([
    ["kms:Decrypt", "use"],
    ["Encrypt", "use"],
    ["kms:ReEncryptFrom", "use"],
    ["kms:GenerateDataKeyPairWithoutPlaintext", "use"],
    ["kms:Sign", "use"],
    ["kms:VerifyMac", "use"],
    ["kms:DeriveSharedSecret", "use"],
    ["kms:GetPublicKey", "use"],
    ["kms:DescribeKey", "use"],
    ["kms:PutKeyPolicy", "manage"],
    ["kms:ScheduleKeyDeletion", "manage"],
    ["kms:CancelKeyDeletion", "manage"],
    ["kms:EnableKeyRotation", "manage"],
    ["kms:DisableKey", "manage"],
    ["kms:UpdateAlias", "manage"],
    ["kms:TagResource", "manage"],
    ["kms:UntagResource", "manage"],
    ["kms:DeleteImportedKeyMaterial", "manage"],
    ["kms:RotateKeyOnDemand", "manage"],
    ["kms:ImportKeyMaterial", "manage"],
    ["kms:CreateGrant", "grant"],
    ["kms:RetireGrant", "grant"],
    ["kms:RevokeGrant", "grant"],
    ["KMS:LISTGRANTS", "grant"],
  ])("%s is %s", (op, group) => {
    expect(operationGroup(op)).toBe(group);
  });

  it("is null for what is not a key operation", () => {
    expect(operationGroup("kms:CreateKey")).toBeNull();
    expect(operationGroup("s3:GetObject")).toBeNull();
  });
});
