// The KMS Developer Guide's "cryptographic operations": the high-volume reads whose raw events
// have a retention limit (KEYWARDEN_CRYPTO_EVENT_RETENTION_DAYS) while their rollups are kept.
export const CRYPTO_OPERATIONS: ReadonlySet<string> = new Set([
  "Decrypt",
  "DeriveSharedSecret",
  "Encrypt",
  "GenerateDataKey",
  "GenerateDataKeyPair",
  "GenerateDataKeyPairWithoutPlaintext",
  "GenerateDataKeyWithoutPlaintext",
  "GenerateMac",
  "GenerateRandom",
  "ReEncrypt",
  "Sign",
  "Verify",
  "VerifyMac",
]);

export const isCryptoOperation = (eventName: string): boolean => CRYPTO_OPERATIONS.has(eventName);
