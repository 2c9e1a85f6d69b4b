import { describe, expect, it } from "vitest";
import { analyse, brief, withRoot } from "./testing";

const grant = (g: object) => ({ GrantId: "g1", GranteePrincipal: "arn:aws:iam::111122223333:role/App", ...g });
const grants = (...gs: object[]) => analyse(withRoot(), gs.map(grant));

describe("grants", () => {
  it("an unconstrained grant for cryptographic operations", () => {
    const r = grants({ Operations: ["Decrypt", "GenerateDataKey"] });
    expect(brief(r.edges)).toEqual([
      {
        principal: "arn:aws:iam::111122223333:role/App",
        type: "role",
        account: "111122223333",
        effect: "Allow",
        source: "grant:g1",
        operations: ["kms:Decrypt", "kms:GenerateDataKey"],
        restrictedBy: [],
        flags: ["unconstrained-grant"],
      },
    ]);
    expect(r.findings).toEqual([{ flag: "unconstrained-grant", source: "grant:g1", explanation: "the grant allows cryptographic operations with no encryption context constraint" }]);
  });

  it("encryption context constraints are the edge's conditions, and clear the flag", () => {
    const r = grants({ Operations: ["Decrypt"], Constraints: { EncryptionContextSubset: { "aws:ebs:id": "vol-0abc" } } }, { GrantId: "g2", Operations: ["Encrypt"], Constraints: { EncryptionContextEquals: { tenant: "t-1" } } });
    expect(r.flags).toEqual([]);
    expect(r.edges.map((e) => e.conditions)).toEqual([
      [],
      [{ constraint: "EncryptionContextSubset", value: { "aws:ebs:id": "vol-0abc" } }],
      [{ constraint: "EncryptionContextEquals", value: { tenant: "t-1" } }],
    ]);
  });

  it("a grant of DescribeKey only is not a grant for cryptographic operations", () => {
    expect(grants({ Operations: ["DescribeKey"] }).flags).toEqual([]);
  });

  it("CreateGrant in a grant lets the grantee grant onward", () => {
    const r = grants({ Operations: ["Decrypt", "CreateGrant", "RetireGrant"], Constraints: { EncryptionContextSubset: { a: "b" } } });
    expect(r.flags).toEqual(["grant-onward"]);
    expect(r.findings).toEqual([{ flag: "grant-onward", source: "grant:g1", explanation: "the grant lets arn:aws:iam::111122223333:role/App create grants of its own" }]);
  });

  it("a grantee in a foreign account is cross-account; the retiring principal has its own edge", () => {
    const r = grants({ GranteePrincipal: "arn:aws:iam::444455556666:role/Reader", RetiringPrincipal: "arn:aws:iam::777788889999:role/ci-deploy", Operations: ["Decrypt"] });
    expect(r.flags).toEqual(["cross-account", "unconstrained-grant"]);
    expect(brief(r.edges).map((e) => [e.principal, e.type, e.account, e.operations, e.flags])).toEqual([
      ["arn:aws:iam::444455556666:role/Reader", "role", "444455556666", ["kms:Decrypt"], ["cross-account", "unconstrained-grant"]],
      ["arn:aws:iam::777788889999:role/ci-deploy", "role", "777788889999", ["kms:RetireGrant"], []],
    ]);
  });

  it("service grantees: an AWS service principal and EC2's infrastructure principal", () => {
    const r = grants(
      { GranteePrincipal: "dynamodb.us-east-1.amazonaws.com", Operations: ["DescribeKey"] },
      { GrantId: "g2", GranteePrincipal: "111122223333:aws:ec2-infrastructure:i-0123456789abcdef0", Operations: ["Decrypt"], Constraints: { EncryptionContextSubset: { "aws:ebs:id": "vol-1" } } },
    );
    expect(brief(r.edges).map((e) => [e.principal, e.type, e.account])).toEqual([
      ["dynamodb.us-east-1.amazonaws.com", "service", null],
      ["111122223333:aws:ec2-infrastructure:i-0123456789abcdef0", "service", "111122223333"],
    ]);
  });

  it("grants are analysed even when the policy is invalid", () => {
    const r = analyse("{ not json", [grant({ Operations: ["Decrypt"] })]);
    expect(r).toMatchObject({ valid: false, flags: ["unconstrained-grant"] });
  });
});
