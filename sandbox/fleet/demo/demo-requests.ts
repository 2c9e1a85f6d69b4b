import { arnOf } from "../../kms/key-arn";
import type { KmsKey } from "../../kms/model";
import type { Rng } from "../../core/rng";
import type { DemoKey } from "./demo-context";

/** The KMS operation a consumer calls on a key, by key type. */
export function pickOperation(rng: Rng, key: KmsKey): string {
  if (key.KeyUsage === "SIGN_VERIFY") return rng.weighted([["Sign", 0.35], ["Verify", 0.6], ["GetPublicKey", 0.05]]);
  if (key.KeyUsage === "GENERATE_VERIFY_MAC") return rng.weighted([["GenerateMac", 0.5], ["VerifyMac", 0.5]]);
  if (key.KeySpec !== "SYMMETRIC_DEFAULT") return rng.weighted([["Encrypt", 0.4], ["Decrypt", 0.6]]);
  return rng.weighted([["GenerateDataKey", 0.4], ["Decrypt", 0.5], ["Encrypt", 0.1]]);
}

/** Encryption context the way each service sets it (KMS Developer Guide, "Encryption context"). */
function contextFor(rng: Rng, dk: DemoKey): Record<string, string> | undefined {
  const { key } = dk;
  const acct = key.AWSAccountId;
  const role = dk.app?.role ?? "app";
  switch (dk.service) {
    case "s3":
      return { "aws:s3:arn": `arn:aws:s3:::${role}-${acct}-${key.Region}/data/${rng.hex(8)}.parquet` };
    case "secretsmanager":
      return { SecretARN: `arn:aws:secretsmanager:${key.Region}:${acct}:secret:${role}/db-credentials-${rng.hex(6)}`, SecretVersionId: rng.uuid().toUpperCase() };
    case "rds":
      return { "aws:rds:db-id": `db-${rng.hex(26).toUpperCase()}` };
    case "ebs":
      return { "aws:ebs:id": `vol-0${rng.hex(16)}` };
    case "lambda":
      return { "aws:lambda:FunctionArn": `arn:aws:lambda:${key.Region}:${acct}:function:${role}-handler` };
    case "dynamodb":
      return { "aws:dynamodb:tableName": `${role}-table`, "aws:dynamodb:subscriberId": acct };
    case "sqs":
      return { "aws:sqs:arn": `arn:aws:sqs:${key.Region}:${acct}:${role}-queue` };
    case undefined:
      return rng.chance(0.5) ? { tenant: `t-${rng.int(1000, 1200)}` } : undefined;
    default:
      return undefined;
  }
}

/** requestParameters as KMS logs them; Decrypt often names no key (it is in `resources` only). */
export function requestFor(rng: Rng, dk: DemoKey, op: string): Record<string, unknown> {
  const { key } = dk;
  const ref =
    key.KeyManager === "AWS" && dk.service
      ? `alias/aws/${dk.service}`
      : rng.weighted([
          [arnOf(key), 0.5],
          [key.KeyId, 0.3],
          [key.KeyId, 0.2],
        ]);
  const context = contextFor(rng, dk);
  switch (op) {
    case "GenerateDataKey":
      return { keyId: ref, keySpec: "AES_256", encryptionContext: context };
    case "Decrypt":
      if (key.KeySpec !== "SYMMETRIC_DEFAULT") return { keyId: ref, encryptionAlgorithm: "RSAES_OAEP_SHA_256" };
      return rng.chance(0.4) ? { keyId: ref, encryptionAlgorithm: "SYMMETRIC_DEFAULT", encryptionContext: context } : { encryptionAlgorithm: "SYMMETRIC_DEFAULT", encryptionContext: context };
    case "Encrypt":
      return { keyId: ref, encryptionAlgorithm: key.KeySpec === "SYMMETRIC_DEFAULT" ? "SYMMETRIC_DEFAULT" : "RSAES_OAEP_SHA_256", encryptionContext: context };
    case "Sign":
    case "Verify":
      return { keyId: ref, messageType: "RAW", signingAlgorithm: key.KeySpec.startsWith("RSA") ? "RSASSA_PSS_SHA_256" : key.KeySpec.includes("EDWARDS") ? "ED25519_SHA_512" : "ECDSA_SHA_256" };
    case "GenerateMac":
    case "VerifyMac":
      return { keyId: ref, macAlgorithm: "HMAC_SHA_256" };
    default:
      return { keyId: ref };
  }
}
