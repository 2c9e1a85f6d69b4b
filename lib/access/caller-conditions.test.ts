import { describe, expect, it } from "vitest";
import { analyse, publicDecrypt, withRoot } from "./testing";

const flagsUnder = (Condition: object) => analyse(withRoot(publicDecrypt(Condition))).flags;

describe("conditions on a statement whose principal is everyone", () => {
  it("none: public", () => {
    expect(analyse(withRoot(publicDecrypt())).flags).toEqual(["public"]);
  });

  it.each([
    ["StringEquals aws:PrincipalOrgID, our organization", { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["StringLike aws:PrincipalOrgID without a wildcard", { StringLike: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["ForAnyValue:StringLike aws:PrincipalOrgPaths under our organization", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*" } }],
    ["StringEquals aws:PrincipalAccount, the key's account", { StringEquals: { "aws:PrincipalAccount": "111122223333" } }],
    ["StringEquals kms:CallerAccount, inventoried accounts", { StringEquals: { "kms:CallerAccount": ["111122223333", "777788889999"] } }],
    ["kms:CallerAccount with kms:ViaService (the EBS example)", { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.us-west-2.amazonaws.com" } }],
    ["ArnLike aws:PrincipalArn, roles of the key's account", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/*" } }],
    ["ArnEquals aws:PrincipalArn, a trusted account's role", { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::555555555555:role/Auditor" } }],
    ["StringEquals aws:userid", { StringEquals: { "aws:userid": "AROAEXAMPLEID:session" } }],
    ["StringEquals aws:SourceVpce", { StringEquals: { "aws:SourceVpce": "vpce-1234abcdf5678c90a" } }],
    ["StringEquals aws:SourceVpc", { StringEquals: { "aws:SourceVpc": "vpc-1a2b3c4d" } }],
    ["a condition key in another case", { StringEquals: { "AWS:PRINCIPALORGID": "o-a1b2c3d4e5" } }],
  ])("restricting, %s: no flag", (_, condition) => {
    expect(flagsUnder(condition)).toEqual([]);
  });

  it.each([
    ["StringEqualsIfExists aws:PrincipalOrgID", { StringEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["StringNotEquals aws:PrincipalOrgID in an Allow", { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["StringLike aws:PrincipalOrgID o-*", { StringLike: { "aws:PrincipalOrgID": "o-*" } }],
    ["ArnLike aws:PrincipalArn with a wildcard account", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/Deploy" } }],
    ["StringLike kms:CallerAccount 1111*", { StringLike: { "kms:CallerAccount": "1111*" } }],
    ["a policy variable", { StringEquals: { "aws:PrincipalAccount": "${aws:ResourceAccount}" } }],
    ["kms:ViaService alone", { StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }],
    ["kms:EncryptionContext", { StringEquals: { "kms:EncryptionContext:AppName": "ExampleApp" } }],
    ["kms:GrantIsForAWSResource", { Bool: { "kms:GrantIsForAWSResource": "true" } }],
    ["aws:SourceIp", { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }],
    ["ForAllValues:StringEquals aws:PrincipalOrgID (true when the key is absent)", { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["an operator in another case (operators are case-sensitive)", { stringequals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
  ])("not restricting, %s: public", (_, condition) => {
    expect(flagsUnder(condition)).toEqual(["public"]);
  });

  it.each([
    ["another organization", { StringEquals: { "aws:PrincipalOrgID": "o-zzzzzzzzzz" } }, "callers from organization o-zzzzzzzzzz are let in; it is not the key's, inventoried or trusted"],
    ["one of two organizations is not ours", { StringEquals: { "aws:PrincipalOrgID": ["o-a1b2c3d4e5", "o-zzzzzzzzzz"] } }, "callers from organization o-zzzzzzzzzz are let in; it is not the key's, inventoried or trusted"],
    ["kms:CallerAccount of a foreign account", { StringEquals: { "kms:CallerAccount": "444455556666" } }, "callers from account 444455556666 are let in; it is not the key's, inventoried or trusted"],
    [
      "aws:PrincipalArn in a foreign account",
      { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::444455556666:role/Reader" } },
      "callers from principal arn:aws:iam::444455556666:role/Reader are let in; it is not the key's, inventoried or trusted",
    ],
  ])("restricting to %s: cross-account", (_, condition, explanation) => {
    const r = analyse(withRoot(publicDecrypt(condition)));
    expect(r.flags).toEqual(["cross-account"]);
    expect(r.findings).toEqual([{ flag: "cross-account", source: "policy:Public", explanation }]);
  });

  it("two restricting conditions must both hold: one to a known account is enough", () => {
    expect(flagsUnder({ StringEquals: { "kms:CallerAccount": "111122223333", "aws:PrincipalOrgID": "o-zzzzzzzzzz" } })).toEqual([]);
  });

  it("an organization restriction with no KEYWARDEN_ORG_ID configured is cross-account", () => {
    const r = analyse(withRoot(publicDecrypt({ StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } })), [], { keyArn: "arn:aws:kms:us-east-1:111122223333:key/k" });
    expect(r.flags).toEqual(["cross-account"]);
  });

  it("keeps the conditions on the edge as written", () => {
    const condition = { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5", "kms:ViaService": ["s3.us-east-1.amazonaws.com"] } };
    expect(analyse(withRoot(publicDecrypt(condition))).edges[1]!.conditions).toEqual([
      { operator: "StringEquals", key: "aws:PrincipalOrgID", value: "o-a1b2c3d4e5" },
      { operator: "StringEquals", key: "kms:ViaService", value: ["s3.us-east-1.amazonaws.com"] },
    ]);
  });
});
