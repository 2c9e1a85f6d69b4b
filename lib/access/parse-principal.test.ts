import { describe, expect, it } from "vitest";
import { analyse, brief, withRoot } from "./testing";

const allowDecrypt = (Principal: unknown) => withRoot({ Sid: "Use", Effect: "Allow", Principal, Action: "kms:Decrypt", Resource: "*" });
const only = (Principal: unknown) => brief(analyse(allowDecrypt(Principal)).edges).map(({ principal, type, account, flags }) => ({ principal, type, account, flags }));

describe("principal forms", () => {
  it('"*" is everyone, and public', () => {
    expect(only("*")).toEqual([{ principal: "*", type: "everyone", account: null, flags: ["public"] }]);
  });

  it('{"AWS": "*"} is everyone, and public', () => {
    expect(only({ AWS: "*" })).toEqual([{ principal: "*", type: "everyone", account: null, flags: ["public"] }]);
  });

  it('"*" inside an array of AWS principals is everyone too', () => {
    expect(only({ AWS: ["arn:aws:iam::111122223333:role/App", "*"] })).toEqual([
      { principal: "arn:aws:iam::111122223333:role/App", type: "role", account: "111122223333", flags: [] },
      { principal: "*", type: "everyone", account: null, flags: ["public"] },
    ]);
  });

  it("a bare account id and an account root are the account (another account: cross-account)", () => {
    expect(only({ AWS: ["444455556666", "arn:aws:iam::444455556666:root", "arn:aws:iam::111122223333:root"] })).toEqual([
      { principal: "444455556666", type: "account", account: "444455556666", flags: ["cross-account"] },
      { principal: "arn:aws:iam::444455556666:root", type: "account", account: "444455556666", flags: ["cross-account"] },
      { principal: "arn:aws:iam::111122223333:root", type: "account", account: "111122223333", flags: [] },
    ]);
  });

  it("role, user and assumed-role ARNs, with their accounts", () => {
    expect(
      only({ AWS: ["arn:aws:iam::111122223333:role/team/Admin", "arn:aws:iam::111122223333:user/alice", "arn:aws:sts::444455556666:assumed-role/Deploy/session-1"] }),
    ).toEqual([
      { principal: "arn:aws:iam::111122223333:role/team/Admin", type: "role", account: "111122223333", flags: [] },
      { principal: "arn:aws:iam::111122223333:user/alice", type: "user", account: "111122223333", flags: [] },
      { principal: "arn:aws:sts::444455556666:assumed-role/Deploy/session-1", type: "assumed-role", account: "444455556666", flags: ["cross-account"] },
    ]);
  });

  it("inventoried and trusted accounts are not cross-account", () => {
    expect(only({ AWS: ["arn:aws:iam::777788889999:role/Etl", "555555555555"] })).toEqual([
      { principal: "arn:aws:iam::777788889999:role/Etl", type: "role", account: "777788889999", flags: [] },
      { principal: "555555555555", type: "account", account: "555555555555", flags: [] },
    ]);
  });

  it("Service, Federated and CanonicalUser principals", () => {
    expect(
      only({
        Service: ["logs.us-east-1.amazonaws.com"],
        Federated: ["arn:aws:iam::444455556666:saml-provider/Okta", "cognito-identity.amazonaws.com"],
        CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
      }),
    ).toEqual([
      { principal: "logs.us-east-1.amazonaws.com", type: "service", account: null, flags: [] },
      { principal: "arn:aws:iam::444455556666:saml-provider/Okta", type: "federated", account: "444455556666", flags: ["cross-account"] },
      { principal: "cognito-identity.amazonaws.com", type: "federated", account: null, flags: [] },
      { principal: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be", type: "canonical-user", account: null, flags: [] },
    ]);
  });

  it("a deleted role shows as its unique id: a role with no known account", () => {
    expect(only({ AWS: "AROAJQABLZS4A3QDU576Q" })).toEqual([{ principal: "AROAJQABLZS4A3QDU576Q", type: "role", account: null, flags: [] }]);
  });

  it("NotPrincipal with Allow lets in everyone not listed: public", () => {
    const r = analyse(withRoot({ Sid: "AllBut", Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:role/Blocked" }, Action: "kms:Decrypt", Resource: "*" }));
    expect(brief(r.edges)).toEqual([
      { principal: "*", type: "everyone", account: null, effect: "Allow", source: "policy:AllBut", operations: ["kms:Decrypt"], restrictedBy: [], flags: ["public"] },
    ]);
    expect(r.findings).toEqual([{ flag: "public", source: "policy:AllBut", explanation: "NotPrincipal with Allow lets in everyone not listed, with no condition on who the caller is" }]);
  });

  it("principals a key policy does not accept make the policy invalid", () => {
    expect(analyse(allowDecrypt({ Group: "admins" }))).toMatchObject({ valid: false, error: 'statement #1: Principal has an unknown element "Group"' });
    expect(analyse(allowDecrypt({ AWS: "arn:aws:iam::111122223333:group/admins" }))).toMatchObject({
      valid: false,
      error: 'statement #1: Principal AWS "arn:aws:iam::111122223333:group/admins" is not an account, root, role, user or assumed-role',
    });
    expect(analyse(allowDecrypt({ AWS: [] }))).toMatchObject({ valid: false, error: "statement #1: Principal AWS must be a string or a non-empty list of strings" });
  });
});
