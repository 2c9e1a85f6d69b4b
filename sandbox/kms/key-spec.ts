import type { KeyUsage } from "./model";

type SpecInfo = {
  usages: KeyUsage[];
  encryption?: string[];
  signing?: string[];
  mac?: string[];
  agreement?: string[];
  /** Node's name for the curve or key type, when the sandbox can do real crypto with it. */
  node?: { type: "rsa"; bits: number } | { type: "ec"; curve: string } | { type: "ed25519" };
};

const rsaSigning = ["RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512"];
const rsa = (bits: number): SpecInfo => ({
  usages: ["ENCRYPT_DECRYPT", "SIGN_VERIFY"],
  encryption: ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"],
  signing: rsaSigning,
  node: { type: "rsa", bits },
});
const ecc = (curve: string, hash: string, agreement = true): SpecInfo => ({
  usages: agreement ? ["SIGN_VERIFY", "KEY_AGREEMENT"] : ["SIGN_VERIFY"],
  signing: [`ECDSA_${hash}`],
  agreement: agreement ? ["ECDH"] : undefined,
  node: { type: "ec", curve },
});
const hmac = (bits: number): SpecInfo => ({ usages: ["GENERATE_VERIFY_MAC"], mac: [`HMAC_SHA_${bits}`] });

/** KeySpec → permitted KeyUsage and algorithms, from the KMS Developer Guide's key spec reference. */
export const KEY_SPECS: Record<string, SpecInfo> = {
  SYMMETRIC_DEFAULT: { usages: ["ENCRYPT_DECRYPT"], encryption: ["SYMMETRIC_DEFAULT"] },
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: ecc("prime256v1", "SHA_256"),
  ECC_NIST_P384: ecc("secp384r1", "SHA_384"),
  ECC_NIST_P521: ecc("secp521r1", "SHA_512"),
  ECC_SECG_P256K1: ecc("secp256k1", "SHA_256", false),
  ECC_NIST_EDWARDS25519: { usages: ["SIGN_VERIFY"], signing: ["ED25519_SHA_512", "ED25519_PH_SHA_512"], node: { type: "ed25519" } },
  HMAC_224: hmac(224),
  HMAC_256: hmac(256),
  HMAC_384: hmac(384),
  HMAC_512: hmac(512),
};

/** Specs AWS has but this sandbox cannot do crypto with (SM2 is China-only; ML-DSA needs Node 24). */
export const UNSUPPORTED_SPECS = new Set(["SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"]);

export function algorithmsFor(spec: string, usage: KeyUsage) {
  const info = KEY_SPECS[spec]!;
  return {
    EncryptionAlgorithms: usage === "ENCRYPT_DECRYPT" ? info.encryption : undefined,
    SigningAlgorithms: usage === "SIGN_VERIFY" ? info.signing : undefined,
    MacAlgorithms: usage === "GENERATE_VERIFY_MAC" ? info.mac : undefined,
    KeyAgreementAlgorithms: usage === "KEY_AGREEMENT" ? info.agreement : undefined,
  };
}

export const isSymmetricEncryption = (spec: string) => spec === "SYMMETRIC_DEFAULT";
export const specInfo = (spec: string) => KEY_SPECS[spec];
