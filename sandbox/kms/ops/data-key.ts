import { randomBytes } from "node:crypto";
import { AwsError } from "../../core/errors";
import { optInt, optStr, optStringMap, type Input } from "../../core/input";
import { cryptoKey, dryRunCheck, recordUse, requireUsage } from "../crypto/crypto-call";
import { arnOf } from "../key-arn";
import { materialId } from "../key-metadata";
import type { KmsContext } from "../kms-context";
import { sealSymmetric } from "./encrypt-decrypt";

/** GenerateDataKey: exactly one of KeySpec (AES_128|AES_256) and NumberOfBytes (1–1024). */
function dataKey(input: Input, ctx: KmsContext, withPlaintext: boolean) {
  const context = optStringMap(input, "EncryptionContext") ?? {};
  const bytes = optInt(input, "NumberOfBytes", 1, 1024);
  const spec = optStr(input, "KeySpec", { oneOf: ["AES_256", "AES_128"] });
  if ((bytes === undefined) === (spec === undefined)) {
    throw new AwsError("ValidationException", "Please specify either number of bytes or key spec.");
  }
  const key = cryptoKey(ctx, input, true, context);
  requireUsage(key, "ENCRYPT_DECRYPT", ctx.op);
  if (key.KeySpec !== "SYMMETRIC_DEFAULT") {
    throw new AwsError("InvalidKeyUsageException", `${arnOf(key)} is not a symmetric encryption key; ${ctx.op} needs one.`);
  }
  dryRunCheck(input);
  const plaintext = randomBytes(bytes ?? (spec === "AES_128" ? 16 : 32));
  const blob = sealSymmetric(ctx, key, plaintext, context);
  recordUse(ctx, key);
  return {
    CiphertextBlob: blob.toString("base64"),
    Plaintext: withPlaintext ? plaintext.toString("base64") : undefined,
    KeyId: arnOf(key),
    KeyMaterialId: materialId(key, key.materialVersion),
  };
}

export const generateDataKey = (input: Input, ctx: KmsContext) => dataKey(input, ctx, true);
export const generateDataKeyWithoutPlaintext = (input: Input, ctx: KmsContext) => dataKey(input, ctx, false);
