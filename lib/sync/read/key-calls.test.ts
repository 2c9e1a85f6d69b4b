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
    ["asymmetric RSA", { KeySpec: "RSA_3072" }],
    ["asymmetric ECC", { KeySpec: "ECC_NIST_P256" }],
    ["ML-DSA", { KeySpec: "ML_DSA_65" }],
    ["SM2", { KeySpec: "SM2" }],
    ["HMAC", { KeySpec: "HMAC_256" }],
    ["CloudHSM key store", { Origin: "AWS_CLOUDHSM", CustomKeyStoreId: "cks-1234567890abcdef0" }],
    ["external key store", { Origin: "EXTERNAL_KEY_STORE", CustomKeyStoreId: "cks-1234567890abcdef0" }],
    ["custom key store, whatever the Origin", { CustomKeyStoreId: "cks-1234567890abcdef0" }],
    ["asymmetric imported", { KeySpec: "RSA_2048", Origin: "EXTERNAL" }],
  ])("makes no rotation call for %s keys", (_, over) => {
    const calls = planKeyCalls(key(over));
    expect(calls).not.toContain("GetKeyRotationStatus");
    expect(calls).not.toContain("ListKeyRotations");
    expect(calls).toEqual(["GetKeyPolicy", "ListGrants", "ListResourceTags"]);
  });

  it("lists the key material of imported keys (they rotate on demand) without asking for automatic rotation", () => {
    expect(planKeyCalls(key({ Origin: "EXTERNAL" }))).toEqual(["GetKeyPolicy", "ListGrants", "ListKeyRotations", "ListResourceTags"]);
  });

  it("falls back to the deprecated CustomerMasterKeySpec", () => {
    const calls = planKeyCalls({ CustomerMasterKeySpec: "SYMMETRIC_DEFAULT", Origin: "AWS_KMS", KeyManager: "AWS" });
    expect(calls).toContain("ListKeyRotations");
  });
});
