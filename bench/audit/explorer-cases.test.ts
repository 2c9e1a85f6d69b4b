import { describe, expect, it } from "vitest";
import { assumedRole, explorerCases } from "./explorer-cases";

const subjects = {
  keyArn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-44cd-a6ef-1234567890ab",
  accountId: "111122223333",
  region: "us-east-1",
  principalArn: "arn:aws:sts::111122223333:assumed-role/payments-api-0/payments-api-0-17",
};

describe("the explorer bench cases", () => {
  it("parse every filter from search params, over the default 7 days and over 90", () => {
    const cases = explorerCases(subjects);
    expect(cases).toHaveLength(24);
    expect(cases.filter((c) => c.filter.range === "7d")).toHaveLength(12);
    expect(cases.filter((c) => c.filter.range === "90d")).toHaveLength(12);
    const byName = (name: string) => cases.find((c) => c.name === name)!.filter;
    expect(byName("7 days (default): one key (the busiest)").key).toBe(subjects.keyArn);
    expect(byName("90 days: errors only").errorsOnly).toBe(true);
    expect(byName("7 days (default): write events").access).toBe("write");
    expect(byName("90 days: account + Region")).toMatchObject({ account: "111122223333", region: "us-east-1", range: "90d" });
    expect(cases.some((c) => c.filter.q === "payments-api-0")).toBe(true);
    expect(cases.some((c) => c.filter.q === "payments-api-0-17")).toBe(true);
  });

  it("takes the role and session names of an assumed-role ARN and refuses other ARNs", () => {
    expect(assumedRole(subjects.principalArn)).toEqual({ role: "payments-api-0", session: "payments-api-0-17" });
    expect(() => assumedRole("arn:aws:iam::111122223333:role/payments-api-0")).toThrow(/assumed-role/);
  });
});
