import { describe, expect, it } from "vitest";
import { principalName } from "./principal-label";

describe("principalName", () => {
  it("names roles and users by their last path part, with the account", () => {
    expect(principalName("arn:aws:iam::111122223333:role/service-role/payments-api")).toEqual({ name: "payments-api", account: "111122223333" });
    expect(principalName("arn:aws:iam::111122223333:user/alice")).toEqual({ name: "alice", account: "111122223333" });
  });
  it("keeps AWS service principals and unknown shapes whole", () => {
    expect(principalName("s3.amazonaws.com")).toEqual({ name: "s3.amazonaws.com", account: null });
    expect(principalName("")).toEqual({ name: "Unknown caller", account: null });
  });
});
