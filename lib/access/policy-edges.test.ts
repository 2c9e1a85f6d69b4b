import { describe, expect, it } from "vitest";
import { analyse, brief, publicDecrypt, withRoot } from "./testing";

const denyOutsideOrg = (Action: string | string[], operator = "StringNotEquals", org = "o-a1b2c3d4e5") => ({
  Sid: "DenyOutsideOrg",
  Effect: "Deny",
  Principal: "*",
  Action,
  Resource: "*",
  Condition: { [operator]: { "aws:PrincipalOrgID": org } },
});
const publicUse = { Sid: "Public", Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:Decrypt", "kms:Encrypt"], Resource: "*" };
const role = (name: string, account = "111122223333") => `arn:aws:iam::${account}:role/${name}`;

describe("Deny statements", () => {
  it("Deny * unless aws:PrincipalOrgID restricts the public Allow it covers", () => {
    const r = analyse(withRoot(publicUse, denyOutsideOrg("*")));
    expect(r.flags).toEqual([]);
    expect(brief(r.edges)).toEqual([
      { principal: "*", type: "everyone", account: null, effect: "Allow", source: "policy:Public", operations: ["kms:Decrypt", "kms:Encrypt"], restrictedBy: ["policy:DenyOutsideOrg"], flags: [] },
      { principal: "*", type: "everyone", account: null, effect: "Deny", source: "policy:DenyOutsideOrg", operations: expect.any(Array), restrictedBy: [], flags: [] },
    ]);
  });

  it("a Deny-unless that covers only some operations leaves the others public", () => {
    const r = analyse(withRoot(publicUse, denyOutsideOrg("kms:Decrypt")));
    expect(r.flags).toEqual(["public"]);
    expect(brief(r.edges).filter((e) => e.effect === "Allow")).toEqual([
      { principal: "*", type: "everyone", account: null, effect: "Allow", source: "policy:Public", operations: ["kms:Decrypt"], restrictedBy: ["policy:DenyOutsideOrg"], flags: [] },
      { principal: "*", type: "everyone", account: null, effect: "Allow", source: "policy:Public", operations: ["kms:Encrypt"], restrictedBy: [], flags: ["public"] },
    ]);
  });

  it("IfExists on the negated operator still denies callers without the key", () => {
    expect(analyse(withRoot(publicUse, denyOutsideOrg("kms:*", "StringNotEqualsIfExists"))).flags).toEqual([]);
  });

  it("a Deny-unless another organization makes the Allow cross-account instead of public", () => {
    expect(analyse(withRoot(publicUse, denyOutsideOrg("kms:*", "StringNotEquals", "o-zzzzzzzzzz"))).flags).toEqual(["cross-account"]);
  });

  it("a Deny-unless with another kind of condition (ViaService) does not restrict", () => {
    const deny = { ...denyOutsideOrg("*"), Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" }, StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } } };
    expect(analyse(withRoot(publicUse, deny)).flags).toEqual(["public"]);
  });

  it("Deny unless aws:SourceVpce (the VPC endpoint example) restricts", () => {
    const deny = { Sid: "VpceOnly", Effect: "Deny", Principal: "*", Action: "kms:*", Resource: "*", Condition: { StringNotEquals: { "aws:sourceVpce": "vpce-1234abcdf5678c90a" } } };
    expect(analyse(withRoot(publicUse, deny)).flags).toEqual([]);
  });

  it("an unconditional Deny to everyone removes the operations it covers", () => {
    const r = analyse(withRoot(publicUse, { Sid: "NoDecrypt", Effect: "Deny", Principal: "*", Action: "kms:Decrypt", Resource: "*" }));
    expect(brief(r.edges).filter((e) => e.effect === "Allow").map((e) => e.operations)).toEqual([["kms:Encrypt"]]);
    expect(r.flags).toEqual(["public"]);
  });

  it("an unconditional Deny of everything the Allow gives leaves no Allow", () => {
    const r = analyse(withRoot(publicDecrypt(), { Sid: "NoDecrypt", Effect: "Deny", Principal: "*", Action: "kms:Decrypt", Resource: "*" }));
    expect(brief(r.edges).filter((e) => e.effect === "Allow")).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it("a Deny to one role removes only that role's operations", () => {
    const allow = { Sid: "Use", Effect: "Allow", Principal: { AWS: [role("App"), role("Batch")] }, Action: ["kms:Decrypt", "kms:Encrypt"], Resource: "*" };
    const deny = { Sid: "NoBatchDecrypt", Effect: "Deny", Principal: { AWS: role("Batch") }, Action: "kms:Decrypt", Resource: "*" };
    expect(brief(analyse(withRoot(allow, deny)).edges).map((e) => [e.principal, e.effect, e.operations])).toEqual([
      [role("App"), "Allow", ["kms:Decrypt", "kms:Encrypt"]],
      [role("Batch"), "Allow", ["kms:Encrypt"]],
      [role("Batch"), "Deny", ["kms:Decrypt"]],
    ]);
  });

  it("a Deny to an account covers every principal in it, not everyone", () => {
    const allow = { Sid: "Use", Effect: "Allow", Principal: { AWS: [role("Reader", "444455556666"), "*"] }, Action: "kms:Decrypt", Resource: "*" };
    const deny = { Sid: "NotThem", Effect: "Deny", Principal: { AWS: "444455556666" }, Action: "kms:*", Resource: "*" };
    expect(brief(analyse(withRoot(allow, deny)).edges).map((e) => [e.principal, e.effect, e.flags])).toEqual([
      ["*", "Allow", ["public"]],
      ["444455556666", "Deny", []],
    ]);
  });

  it("a Deny whose condition is not about the caller (aws:SecureTransport) changes no Allow", () => {
    const deny = { Sid: "TlsOnly", Effect: "Deny", Principal: "*", Action: "kms:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } };
    const r = analyse(withRoot(publicUse, deny));
    expect(r.flags).toEqual(["public"]);
    expect(brief(r.edges)[0]).toMatchObject({ operations: ["kms:Decrypt", "kms:Encrypt"], restrictedBy: [] });
  });

  it("a Deny with NotPrincipal confines a public Allow to the principals it spares", () => {
    const deny = { Sid: "OnlyApp", Effect: "Deny", NotPrincipal: { AWS: [role("App"), "arn:aws:iam::111122223333:root"] }, Action: "kms:*", Resource: "*" };
    const r = analyse(withRoot(publicUse, deny));
    expect(r.flags).toEqual([]);
    expect(brief(r.edges)[0]).toMatchObject({ principal: "*", restrictedBy: ["policy:OnlyApp"] });
  });

  it("a Deny with NotAction covers every operation but those", () => {
    const deny = { Sid: "OnlyDecryptOutside", Effect: "Deny", Principal: "*", NotAction: "kms:Decrypt", Resource: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } };
    expect(brief(analyse(withRoot(publicUse, deny)).edges).filter((e) => e.effect === "Allow").map((e) => [e.operations, e.flags])).toEqual([
      [["kms:Encrypt"], []],
      [["kms:Decrypt"], ["public"]],
    ]);
  });

  it("a Deny of kms:PutKeyPolicy to everyone locks the account out", () => {
    const r = analyse(withRoot({ Sid: "Freeze", Effect: "Deny", Principal: "*", Action: "kms:PutKeyPolicy", Resource: "*" }));
    expect(r.flags).toEqual(["lockout-risk"]);
    expect(r.findings).toEqual([
      { flag: "lockout-risk", source: "policy", explanation: "no statement lets anyone in account 111122223333 call kms:PutKeyPolicy: only AWS Support could change the policy" },
    ]);
  });
});
