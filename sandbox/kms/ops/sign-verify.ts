import { constants, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { AwsError, unsupported } from "../../core/errors";
import { optStr, reqBlob, reqStr, type Input } from "../../core/input";
import { cryptoKey, dryRunCheck, recordUse, requireAlgorithm, requireUsage } from "../crypto/crypto-call";
import { privateKeyPem } from "../crypto/material";
import { arnOf } from "../key-arn";
import { algorithmsFor } from "../key-spec";
import type { KmsContext } from "../kms-context";
import type { KmsKey } from "../model";

type Prepared = { key: KmsKey; algorithm: string; message: Buffer };

/** Shared by Sign and Verify: usage SIGN_VERIFY, an algorithm of the key spec, RAW messages. */
function prepare(input: Input, ctx: KmsContext): Prepared {
  const message = reqBlob(input, "Message", 1, 4096);
  const messageType = optStr(input, "MessageType", { oneOf: ["RAW", "DIGEST", "EXTERNAL_MU"] }) ?? "RAW";
  const requested = reqStr(input, "SigningAlgorithm");
  const key = cryptoKey(ctx, input, true);
  requireUsage(key, "SIGN_VERIFY", ctx.op);
  const algorithm = requireAlgorithm(key, requested, algorithmsFor(key.KeySpec, key.KeyUsage).SigningAlgorithms, "signing");
  if (messageType !== "RAW") throw unsupported(`This sandbox signs RAW messages only; MessageType ${messageType} is not supported.`);
  dryRunCheck(input);
  return { key, algorithm, message };
}

function nodeParams(algorithm: string, keyObject: KeyObject) {
  const hash = algorithm.startsWith("ED25519") ? null : `sha${algorithm.slice(-3)}`;
  const padding = algorithm.startsWith("RSASSA_PSS") ? constants.RSA_PKCS1_PSS_PADDING : algorithm.startsWith("RSASSA") ? constants.RSA_PKCS1_PADDING : undefined;
  return { hash, key: { key: keyObject, padding, saltLength: padding === constants.RSA_PKCS1_PSS_PADDING ? constants.RSA_PSS_SALTLEN_DIGEST : undefined, dsaEncoding: "der" as const } };
}

export function signMessage(input: Input, ctx: KmsContext) {
  const { key, algorithm, message } = prepare(input, ctx);
  const { hash, key: params } = nodeParams(algorithm, createPrivateKey(privateKeyPem(ctx.world, key)));
  const signature = sign(hash, message, params);
  recordUse(ctx, key);
  return { KeyId: arnOf(key), Signature: signature.toString("base64"), SigningAlgorithm: algorithm };
}

export function verifySignature(input: Input, ctx: KmsContext) {
  const signature = reqBlob(input, "Signature", 1, 6144);
  const { key, algorithm, message } = prepare(input, ctx);
  const { hash, key: params } = nodeParams(algorithm, createPublicKey(privateKeyPem(ctx.world, key)));
  if (!verify(hash, message, params, signature)) {
    throw new AwsError("KMSInvalidSignatureException", "The signature is invalid.");
  }
  recordUse(ctx, key);
  return { KeyId: arnOf(key), SignatureValid: true, SigningAlgorithm: algorithm };
}

export function getPublicKey(input: Input, ctx: KmsContext) {
  const key = cryptoKey(ctx, input, true);
  if (key.KeySpec === "SYMMETRIC_DEFAULT" || key.KeySpec.startsWith("HMAC_")) {
    throw new AwsError("UnsupportedOperationException", `${arnOf(key)} is not an asymmetric KMS key.`);
  }
  const der = createPublicKey(privateKeyPem(ctx.world, key)).export({ type: "spki", format: "der" });
  return { KeyId: arnOf(key), PublicKey: der.toString("base64"), KeySpec: key.KeySpec, KeyUsage: key.KeyUsage, ...algorithmsFor(key.KeySpec, key.KeyUsage) };
}
