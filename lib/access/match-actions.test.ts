import { describe, expect, it } from "vitest";
import { matchActions } from "./match-actions";
import { analyse, brief, withRoot } from "./testing";

describe("matchActions", () => {
  it("kms:* and * cover all 45 key operations; a prefix wildcard covers its family", () => {
    expect(matchActions(["kms:*"])).toHaveLength(45);
    expect(matchActions(["*"])).toHaveLength(45);
    expect(matchActions(["kms:Generate*"])).toEqual([
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyPair",
      "kms:GenerateDataKeyPairWithoutPlaintext",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:GenerateMac",
    ]);
    expect(matchActions(["kms:Re*"])).toEqual(["kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:RetireGrant", "kms:RevokeGrant", "kms:ReplicateKey"]);
  });

  it("matches case-insensitively, with ? for one character", () => {
    expect(matchActions(["KMS:decrypt", "kms:describe?ey"])).toEqual(["kms:Decrypt", "kms:DescribeKey"]);
  });

  it("other services' actions cover nothing", () => {
    expect(matchActions(["s3:*", "iam:PassRole"])).toEqual([]);
  });

  it("NotAction covers every key operation the patterns do not", () => {
    const ops = matchActions(["kms:*Key*", "kms:*Grant*", "kms:*Alias", "kms:*Tag*", "kms:*Import*", "kms:*Rotation*", "kms:Update*"], true);
    expect(ops).toEqual(["kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:Sign", "kms:Verify", "kms:GenerateMac", "kms:VerifyMac", "kms:DeriveSharedSecret"]);
  });
});

describe("actions in statements", () => {
  it("a statement of other services' actions gives no edge", () => {
    expect(brief(analyse(withRoot({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" })).edges)).toEqual([]);
  });

  it("NotAction with Allow to everyone is public for what it leaves", () => {
    const r = analyse(withRoot({ Sid: "AllButAdmin", Effect: "Allow", Principal: { AWS: "*" }, NotAction: ["kms:Put*", "kms:Schedule*", "kms:*Grant*", "kms:*Key*", "kms:*Tag*", "kms:*Alias", "kms:*Import*", "kms:*Rotation*", "kms:Update*", "kms:Replicate*"], Resource: "*" }));
    expect(brief(r.edges)).toEqual([
      {
        principal: "*",
        type: "everyone",
        account: null,
        effect: "Allow",
        source: "policy:AllButAdmin",
        operations: ["kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:Sign", "kms:Verify", "kms:GenerateMac", "kms:VerifyMac", "kms:DeriveSharedSecret"],
        restrictedBy: [],
        flags: ["public"],
      },
    ]);
  });

  it("a statement for another resource does not apply to the key", () => {
    const other = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000";
    expect(brief(analyse(withRoot({ Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: other })).edges)).toEqual([]);
    expect(brief(analyse(withRoot({ Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "arn:aws:kms:us-east-1:111122223333:key/*" })).edges)).toHaveLength(1);
    expect(brief(analyse(withRoot({ Effect: "Allow", Principal: "*", Action: "kms:Decrypt", NotResource: other })).edges)).toHaveLength(1);
  });
});
