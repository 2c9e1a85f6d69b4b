import { createHmac, timingSafeEqual } from "node:crypto";
import { AwsError } from "../../core/errors";
import { reqBlob, reqStr, type Input } from "../../core/input";
import { cryptoKey, dryRunCheck, recordUse, requireAlgorithm, requireUsage } from "../crypto/crypto-call";
import { secretMaterial } from "../crypto/material";
import { arnOf } from "../key-arn";
import { algorithmsFor } from "../key-spec";
import type { KmsContext } from "../kms-context";

function computeMac(input: Input, ctx: KmsContext) {
  const message = reqBlob(input, "Message", 1, 4096);
  const requested = reqStr(input, "MacAlgorithm");
  const key = cryptoKey(ctx, input, true);
  requireUsage(key, "GENERATE_VERIFY_MAC", ctx.op);
  const algorithm = requireAlgorithm(key, requested, algorithmsFor(key.KeySpec, key.KeyUsage).MacAlgorithms, "MAC");
  dryRunCheck(input);
  const mac = createHmac(`sha${algorithm.slice(-3)}`, secretMaterial(ctx.world.settings.materialSecret, key, 0)).update(message).digest();
  return { key, algorithm, mac };
}

export function generateMac(input: Input, ctx: KmsContext) {
  const { key, algorithm, mac } = computeMac(input, ctx);
  recordUse(ctx, key);
  return { Mac: mac.toString("base64"), MacAlgorithm: algorithm, KeyId: arnOf(key) };
}

export function verifyMac(input: Input, ctx: KmsContext) {
  const given = reqBlob(input, "Mac", 1, 6144);
  const { key, algorithm, mac } = computeMac(input, ctx);
  if (given.length !== mac.length || !timingSafeEqual(given, mac)) throw new AwsError("KMSInvalidMacException", "The MAC is invalid.");
  recordUse(ctx, key);
  return { KeyId: arnOf(key), MacValid: true, MacAlgorithm: algorithm };
}
