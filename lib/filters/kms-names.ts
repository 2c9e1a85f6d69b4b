// AWS KMS's own names for the values the keys table filters on (see KMS-FACTS in the design notes).

export const KEY_STATES = ["Enabled", "Disabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Creating", "Updating"] as const;
export const KEY_MANAGERS = ["CUSTOMER", "AWS"] as const;
export const KEY_SPECS = [
  "SYMMETRIC_DEFAULT",
  "RSA_2048",
  "RSA_3072",
  "RSA_4096",
  "ECC_NIST_P256",
  "ECC_NIST_P384",
  "ECC_NIST_P521",
  "ECC_NIST_EDWARDS25519",
  "ECC_SECG_P256K1",
  "SM2",
  "HMAC_224",
  "HMAC_256",
  "HMAC_384",
  "HMAC_512",
  "ML_DSA_44",
  "ML_DSA_65",
  "ML_DSA_87",
] as const;
export const KEY_USAGES = ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"] as const;
export const ORIGINS = ["AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"] as const;
export const ROTATION_FILTERS = ["on", "off", "unsupported"] as const;

export type KeyState = (typeof KEY_STATES)[number];
export type KeyManager = (typeof KEY_MANAGERS)[number];
export type KeySpec = (typeof KEY_SPECS)[number];
export type KeyUsage = (typeof KEY_USAGES)[number];
export type Origin = (typeof ORIGINS)[number];
export type RotationFilter = (typeof ROTATION_FILTERS)[number];
