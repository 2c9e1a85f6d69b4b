import { constants, privateDecrypt, publicEncrypt, createPublicKey } from "node:crypto";
import { AwsError, validationError } from "../../core/errors";
import { optStr, optStringMap, reqBlob, type Input } from "../../core/input";
import { openBlob, readHeader, sealBlob } from "../crypto/ciphertext";
import { checkCryptoKey, cryptoKey, dryRunCheck, recordUse, requireAlgorithm, requireUsage } from "../crypto/crypto-call";
import { privateKeyPem, secretMaterial } from "../crypto/material";
import { arnOf } from "../key-arn";
import { materialId } from "../key-metadata";
import { algorithmsFor } from "../key-spec";
import type { KmsContext } from "../kms-context";
import { isMultiRegion, type KmsKey } from "../model";
import { KEY_ID } from "../resolve-key";

const invalidCiphertext = () => new AwsError("InvalidCiphertextException", "The ciphertext is invalid.");

export function encrypt(input: Input, ctx: KmsContext) {
  const plaintext = reqBlob(input, "Plaintext", 1, 4096);
  const context = optStringMap(input, "EncryptionContext") ?? {};
  const algorithm = optStr(input, "EncryptionAlgorithm");
  const key = cryptoKey(ctx, input, true, context);
  requireUsage(key, "ENCRYPT_DECRYPT", "Encrypt");
  const alg = requireAlgorithm(key, algorithm ?? "SYMMETRIC_DEFAULT", algorithmsFor(key.KeySpec, key.KeyUsage).EncryptionAlgorithms, "encryption");
  dryRunCheck(input);
  const blob = alg === "SYMMETRIC_DEFAULT" ? sealSymmetric(ctx, key, plaintext, context) : rsaEncrypt(ctx, key, alg, plaintext, context);
  recordUse(ctx, key);
  return { CiphertextBlob: blob.toString("base64"), KeyId: arnOf(key), EncryptionAlgorithm: alg };
}

export function sealSymmetric(ctx: KmsContext, key: KmsKey, plaintext: Buffer, context: Record<string, string>): Buffer {
  const material = secretMaterial(ctx.world.settings.materialSecret, key, key.materialVersion);
  return sealBlob({ keyId: key.KeyId, account: key.AWSAccountId, region: key.Region, version: key.materialVersion }, material, plaintext, context);
}

function rsaEncrypt(ctx: KmsContext, key: KmsKey, alg: string, plaintext: Buffer, context: Record<string, string>): Buffer {
  if (Object.keys(context).length > 0) throw validationError("encryptionContext", "{...}", "EncryptionContext is not supported with asymmetric KMS keys");
  try {
    const publicKey = createPublicKey(privateKeyPem(ctx.world, key));
    return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: alg.endsWith("SHA_1") ? "sha1" : "sha256" }, plaintext);
  } catch {
    throw validationError("plaintext", "java.nio.HeapByteBuffer", `Plaintext is too long for ${key.KeySpec} with ${alg}`);
  }
}

export function decrypt(input: Input, ctx: KmsContext) {
  const blob = reqBlob(input, "CiphertextBlob", 1, 6144);
  const context = optStringMap(input, "EncryptionContext") ?? {};
  const algorithm = optStr(input, "EncryptionAlgorithm") ?? "SYMMETRIC_DEFAULT";
  const parsed = readHeader(blob);
  const key = input.KeyId !== undefined ? cryptoKey(ctx, input, true, context) : checkCryptoKey(ctx, keyOfBlob(ctx, parsed), context);
  requireUsage(key, "ENCRYPT_DECRYPT", "Decrypt");
  requireAlgorithm(key, algorithm, algorithmsFor(key.KeySpec, key.KeyUsage).EncryptionAlgorithms, "encryption");
  dryRunCheck(input);
  let plaintext: Buffer | undefined;
  if (key.KeySpec === "SYMMETRIC_DEFAULT") {
    if (!parsed) throw invalidCiphertext();
    if (parsed.header.keyId !== key.KeyId || parsed.header.account !== key.AWSAccountId) {
      throw new AwsError("IncorrectKeyException", "The key ID in the request does not identify a KMS key that can perform this operation.");
    }
    if (!isMultiRegion(key) && parsed.header.region !== key.Region) throw invalidCiphertext();
    const material = secretMaterial(ctx.world.settings.materialSecret, key, parsed.header.version);
    plaintext = openBlob(blob, parsed.headLength, material, context);
    if (plaintext && parsed.header.version > key.materialVersion) plaintext = undefined;
  } else {
    plaintext = rsaDecrypt(ctx, key, algorithm, blob);
  }
  if (!plaintext) throw invalidCiphertext();
  recordUse(ctx, key);
  return {
    KeyId: arnOf(key),
    Plaintext: plaintext.toString("base64"),
    EncryptionAlgorithm: algorithm,
    KeyMaterialId: parsed && key.KeySpec === "SYMMETRIC_DEFAULT" ? materialId(key, parsed.header.version) : undefined,
  };
}

/** Without a KeyId, the symmetric ciphertext itself names its key. */
function keyOfBlob(ctx: KmsContext, parsed: ReturnType<typeof readHeader>): KmsKey {
  if (!parsed || !KEY_ID.test(parsed.header.keyId)) throw invalidCiphertext();
  const { keyId, account } = parsed.header;
  const key = ctx.world.kms.existingRegion(account, ctx.region)?.keys.get(keyId);
  if (!key) throw invalidCiphertext();
  ctx.resources.push(arnOf(key));
  return key;
}

function rsaDecrypt(ctx: KmsContext, key: KmsKey, alg: string, blob: Buffer): Buffer | undefined {
  try {
    return privateDecrypt({ key: privateKeyPem(ctx.world, key), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: alg.endsWith("SHA_1") ? "sha1" : "sha256" }, blob);
  } catch {
    return undefined;
  }
}
