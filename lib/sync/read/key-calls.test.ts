import { describe, expect, it } from "vitest";
import { planKeyCalls } from "./key-calls";

const key = (over: Record<string, string>) => ({ KeySpec: "SYMMETRIC_DEFAULT", Origin: "AWS_KMS", KeyManager: "CUSTOMER", ...over }) as Parameters<typeof planKeyCalls>[0];

describe("planKeyCalls", () => {
  it("reads everything of a customer managed symmetric key with KMS material", () => {
    expect(planKeyCalls(key({}))).toEqual(["GetKeyPolicy", "ListGrants", "GetKeyRotationStatus", "ListKeyRotations", "ListResourceTags"]);
  });

  it("skips tags for AWS managed keys but reads their rotation", () => {
    expect(planKeyCalls(key({ KeyManager: "AWS" }))).toEqual(["GetKeyPolicy", "ListGrants", "GetKeyRotationStatus", "ListKeyRotations"]);
  });

  it.each([
    ["asymmetric RSA", { KeySpec: "RSA_2048" }],
    ["asymmetric ECC", { KeySpec: "ECC_NIST_P256" }],
    ["ML-DSA", { KeySpec: "ML_DSA_65" }],
    ["HMAC", { KeySpec: "HMAC_256" }],
    ["imported material", { Origin: "EXTERNAL" }],
    ["CloudHSM key store", { Origin: "AWS_CLOUDHSM" }],
    ["external key store", { Origin: "EXTERNAL_KEY_STORE" }],
  ])("makes no rotation call for %s keys", (_, over) => {
    const calls = planKeyCalls(key(over));
    expect(calls).not.toContain("GetKeyRotationStatus");
    expect(calls).not.toContain("ListKeyRotations");
    expect(calls).toEqual(["GetKeyPolicy", "ListGrants", "ListResourceTags"]);
  });

  it("falls back to the deprecated CustomerMasterKeySpec", () => {
    const calls = planKeyCalls({ CustomerMasterKeySpec: "SYMMETRIC_DEFAULT", Origin: "AWS_KMS", KeyManager: "AWS" });
    expect(calls).toContain("ListKeyRotations");
  });
});
