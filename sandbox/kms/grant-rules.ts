import { AwsError, validationError } from "../core/errors";
import type { Grant, KmsKey } from "./model";

const COMMON = ["CreateGrant", "RetireGrant", "DescribeKey"];
const SYMMETRIC = ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext"];

/** Grant operations each kind of key accepts (KMS Developer Guide, "Grant operations"). */
export function grantOperationsFor(key: KmsKey): string[] {
  if (key.KeySpec === "SYMMETRIC_DEFAULT") return [...SYMMETRIC, ...COMMON];
  if (key.KeyUsage === "GENERATE_VERIFY_MAC") return ["GenerateMac", "VerifyMac", ...COMMON];
  if (key.KeyUsage === "SIGN_VERIFY") return ["Sign", "Verify", "GetPublicKey", ...COMMON];
  if (key.KeyUsage === "KEY_AGREEMENT") return ["DeriveSharedSecret", "GetPublicKey", ...COMMON];
  return ["Encrypt", "Decrypt", "ReEncryptFrom", "ReEncryptTo", "GetPublicKey", ...COMMON];
}

export function readOperations(raw: unknown, key: KmsKey): string[] {
  if (!Array.isArray(raw) || raw.length === 0) throw validationError("operations", raw === undefined ? undefined : "[]", "Member must not be null");
  const allowed = grantOperationsFor(key);
  for (const op of raw) {
    if (typeof op !== "string" || !allowed.includes(op)) {
      throw new AwsError("ValidationException", `Grant operation ${String(op)} is not valid for a KMS key with KeySpec ${key.KeySpec} and KeyUsage ${key.KeyUsage}.`);
    }
  }
  return [...new Set(raw as string[])];
}

export function readConstraints(raw: unknown, key: KmsKey): Grant["Constraints"] {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "object") throw new AwsError("SerializationException", "Constraints must be a structure");
  const c = raw as { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string> };
  if (key.KeySpec !== "SYMMETRIC_DEFAULT") {
    throw new AwsError("ValidationException", "Encryption context grant constraints are supported only on grants for symmetric encryption KMS keys.");
  }
  const out: NonNullable<Grant["Constraints"]> = {};
  if (c.EncryptionContextSubset) out.EncryptionContextSubset = c.EncryptionContextSubset;
  if (c.EncryptionContextEquals) out.EncryptionContextEquals = c.EncryptionContextEquals;
  return out;
}

export function grantEntry(g: Grant, keyArn: string) {
  return {
    KeyId: keyArn,
    GrantId: g.GrantId,
    Name: g.Name ?? "",
    CreationDate: g.CreationDate / 1000,
    GranteePrincipal: g.GranteePrincipal,
    RetiringPrincipal: g.RetiringPrincipal,
    IssuingAccount: g.IssuingAccount,
    Operations: g.Operations,
    Constraints: g.Constraints,
  };
}
