import { describe, expect, it } from "vitest";
import { summariseAccess } from "./summarise-access";
import { analyse, withRoot } from "./testing";

describe("summariseAccess", () => {
  it("sorts principals into administrators, users, other accounts, AWS services and everyone", () => {
    const admin = { Sid: "Admins", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/admin" }, Action: ["kms:Put*", "kms:Describe*"], Resource: "*" };
    const user = { Sid: "Users", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/app" }, Action: ["kms:Decrypt"], Resource: "*" };
    const service = { Sid: "Logs", Effect: "Allow", Principal: { Service: "logs.amazonaws.com" }, Action: ["kms:Encrypt"], Resource: "*" };
    const pub = { Sid: "Public", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" };
    const r = analyse(withRoot(admin, user, service, pub), [{ GrantId: "g1", GranteePrincipal: "arn:aws:iam::444455556666:role/x", Operations: ["Decrypt"] }]);
    const s = summariseAccess(r, "111122223333");
    expect(s.administrators.map((e) => e.label)).toEqual(["role/admin", "Account root (every IAM identity allowed by IAM)"]);
    expect(s.users.map((e) => e.label)).toEqual(["role/admin", "role/app", "Account root (every IAM identity allowed by IAM)"]);
    expect(s.otherAccounts).toMatchObject([{ principal: "arn:aws:iam::444455556666:role/x", via: ["grant"], flags: ["cross-account", "unconstrained-grant"] }]);
    expect(s.services.map((e) => e.principal)).toEqual(["logs.amazonaws.com"]);
    expect(s.everyone).toMatchObject([{ principal: "*", flags: ["public"] }]);
  });
});
