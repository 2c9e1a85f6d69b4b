import { describe, expect, it } from "vitest";
import { analyse, KEY_ARN } from "./testing";

const admin = "arn:aws:iam::111122223333:role/KeyAdmin";
const policy = (...statements: object[]) => ({ Version: "2012-10-17", Statement: statements });
const root = { Sid: "Root", Effect: "Allow", Principal: { AWS: "111122223333" }, Action: "kms:*", Resource: "*" };
const allow = (Action: string | string[], Condition?: object) => ({ Sid: "Admin", Effect: "Allow", Principal: { AWS: admin }, Action, Resource: "*", ...(Condition ? { Condition } : {}) });

describe("wide-admin", () => {
  it("the key's own account root may have everything", () => {
    expect(analyse(policy(root)).flags).toEqual([]);
  });

  it.each([
    ["kms:*", "arn:aws:iam::111122223333:role/KeyAdmin is allowed kms:PutKeyPolicy, kms:ScheduleKeyDeletion, kms:CreateGrant (CreateGrant without kms:GrantIsForAWSResource)"],
    ["*", "arn:aws:iam::111122223333:role/KeyAdmin is allowed kms:PutKeyPolicy, kms:ScheduleKeyDeletion, kms:CreateGrant (CreateGrant without kms:GrantIsForAWSResource)"],
    ["kms:Put*", "arn:aws:iam::111122223333:role/KeyAdmin is allowed kms:PutKeyPolicy"],
    ["kms:ScheduleKeyDeletion", "arn:aws:iam::111122223333:role/KeyAdmin is allowed kms:ScheduleKeyDeletion"],
    ["kms:CreateGrant", "arn:aws:iam::111122223333:role/KeyAdmin is allowed kms:CreateGrant (CreateGrant without kms:GrantIsForAWSResource)"],
  ])("another principal allowed %s", (action, explanation) => {
    const r = analyse(policy(root, allow(action)));
    expect(r.flags).toEqual(["wide-admin"]);
    expect(r.findings).toEqual([{ flag: "wide-admin", source: "policy:Admin", explanation }]);
  });

  it("CreateGrant with kms:GrantIsForAWSResource true (the console's key-user statement) is not wide-admin", () => {
    expect(analyse(policy(root, allow(["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], { Bool: { "kms:GrantIsForAWSResource": true } }))).flags).toEqual([]);
    expect(analyse(policy(root, allow("kms:CreateGrant", { Bool: { "kms:GrantIsForAWSResource": "false" } }))).flags).toEqual(["wide-admin"]);
  });

  it("key use without administration is not wide-admin", () => {
    expect(analyse(policy(root, allow(["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]))).flags).toEqual([]);
  });

  it("another account's root allowed kms:* is both cross-account and wide-admin", () => {
    const r = analyse(policy(root, { Sid: "Partner", Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "kms:*", Resource: "*" }));
    expect(r.flags).toEqual(["cross-account", "wide-admin"]);
  });
});

describe("lockout-risk", () => {
  it("a policy that gives only key users no administration locks the account out", () => {
    const r = analyse(policy({ Sid: "Use", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/App" }, Action: "kms:Decrypt", Resource: "*" }));
    expect(r.flags).toEqual(["lockout-risk"]);
  });

  it("a role of the key's account allowed PutKeyPolicy keeps the account in (and is wide-admin)", () => {
    expect(analyse(policy(allow("kms:PutKeyPolicy"))).flags).toEqual(["wide-admin"]);
  });

  it("only another account allowed PutKeyPolicy: the key's account is locked out", () => {
    const r = analyse(policy({ Sid: "Partner", Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "kms:*", Resource: "*" }));
    expect(r.flags).toEqual(["cross-account", "wide-admin", "lockout-risk"]);
  });

  it("everyone allowed PutKeyPolicy, but only from another account: locked out", () => {
    const only = (account: string) => policy({ Sid: "Any", Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*", Condition: { StringEquals: { "kms:CallerAccount": account } } });
    expect(analyse(only("444455556666")).flags).toEqual(["cross-account", "wide-admin", "lockout-risk"]);
    expect(analyse(only("111122223333")).flags).toEqual(["wide-admin"]);
  });

  it("uses the account of the key ARN it is given", () => {
    expect(analyse(policy(root), [], { keyArn: KEY_ARN.replace("111122223333", "777788889999") }).flags).toEqual(["cross-account", "wide-admin", "lockout-risk"]);
  });
});

describe("AWS managed keys", () => {
  // The shape of an AWS managed key's policy (alias/aws/ebs): use through the service, metadata for the account.
  const awsManaged = policy(
    {
      Sid: "Allow access through EBS for all principals in the account that are authorized to use EBS",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
      Resource: "*",
      Condition: { StringEquals: { "kms:ViaService": "ec2.us-east-1.amazonaws.com", "kms:CallerAccount": "111122223333" } },
    },
    { Sid: "Allow direct access to key metadata to the account", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: ["kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant"], Resource: "*" },
  );

  it("are not wide-admin or locked out: AWS administers their policy", () => {
    expect(analyse(awsManaged, [], { keyArn: KEY_ARN, keyManager: "AWS" }).flags).toEqual([]);
    expect(analyse(awsManaged, [], { keyArn: KEY_ARN, keyManager: "CUSTOMER" }).flags).toEqual(["wide-admin", "lockout-risk"]);
  });

  it("are still public or cross-account when their policy says so", () => {
    const open = policy({ Sid: "Open", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" });
    expect(analyse(open, [], { keyArn: KEY_ARN, keyManager: "AWS" }).flags).toEqual(["public"]);
  });
});
