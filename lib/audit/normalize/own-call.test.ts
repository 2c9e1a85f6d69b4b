import { describe, expect, it } from "vitest";
import { isOwnCall } from "./own-call";

const ROLE = "arn:aws:iam::444455556666:role/KeywardenReadOnly";
const base = { userAgent: "aws-sdk-js/3.592.0 ua/2.0 os/linux lang/js", readOnly: true, principalArn: "arn:aws:iam::444455556666:user/dev", sessionIssuerArn: null };

describe("isOwnCall", () => {
  it("knows Keywarden's calls by its user agent", () => {
    expect(isOwnCall({ ...base, userAgent: "aws-sdk-js/3.908.0 keywarden/0.1.0" }, new Set())).toBe(true);
    expect(isOwnCall(base, new Set())).toBe(false);
    expect(isOwnCall({ ...base, userAgent: null }, new Set())).toBe(false);
  });

  it("knows them by the roles Keywarden assumes (the session's issuer) and its own principal", () => {
    const own = new Set([ROLE, "arn:aws:iam::111122223333:user/keywarden"]);
    expect(isOwnCall({ ...base, principalArn: `arn:aws:sts::444455556666:assumed-role/KeywardenReadOnly/keywarden`, sessionIssuerArn: ROLE }, own)).toBe(true);
    expect(isOwnCall({ ...base, principalArn: "arn:aws:iam::111122223333:user/keywarden" }, own)).toBe(true);
    expect(isOwnCall(base, own)).toBe(false);
  });

  it("leaves changes made through Keywarden visible", () => {
    expect(isOwnCall({ ...base, readOnly: false, userAgent: "aws-sdk-js/3.908.0 keywarden/0.1.0" }, new Set())).toBe(false);
  });
});
