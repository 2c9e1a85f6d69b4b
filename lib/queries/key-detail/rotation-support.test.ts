import { describe, expect, it } from "vitest";
import { rotationSupport } from "./rotation-support";

const key = (over: Partial<Parameters<typeof rotationSupport>[0]>) => ({ keySpec: "SYMMETRIC_DEFAULT", origin: "AWS_KMS", customKeyStoreId: null, ...over });

describe("rotationSupport", () => {
  it("lets symmetric keys with KMS material rotate both ways", () => {
    expect(rotationSupport(key({}))).toBe("automatic-and-on-demand");
  });

  it("lets keys with imported material rotate on demand only", () => {
    expect(rotationSupport(key({ origin: "EXTERNAL" }))).toBe("on-demand-only");
  });

  it.each(["RSA_3072", "ECC_NIST_P256", "HMAC_256", "ML_DSA_65", "SM2"])("calls %s keys not rotatable", (keySpec) => {
    expect(rotationSupport(key({ keySpec }))).toBe("not-rotatable-key-type");
    expect(rotationSupport(key({ keySpec, origin: "EXTERNAL" }))).toBe("not-rotatable-key-type");
  });

  it("calls keys in a custom key store not rotatable", () => {
    expect(rotationSupport(key({ origin: "AWS_CLOUDHSM", customKeyStoreId: "cks-1" }))).toBe("not-rotatable-key-store");
    expect(rotationSupport(key({ origin: "EXTERNAL_KEY_STORE", customKeyStoreId: "cks-2" }))).toBe("not-rotatable-key-store");
  });
});
