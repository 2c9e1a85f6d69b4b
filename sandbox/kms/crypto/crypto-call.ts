import { AwsError } from "../../core/errors";
import { optBool, optList, type Input } from "../../core/input";
import { cryptoRate } from "../../quotas/quota-table";
import { authorize } from "../authorize";
import { arnOf } from "../key-arn";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import type { KmsKey } from "../model";
import { resolveKey } from "../resolve-key";

/** Resolves the key of a cryptographic call: shared quota pool, key policy (with context), key state. */
export function cryptoKey(ctx: KmsContext, input: Input, aliases: boolean, context?: Record<string, string>): KmsKey {
  optList(input, "GrantTokens", 10);
  const key = resolveKey(ctx, input, { aliases, crossAccount: true, action: null });
  return checkCryptoKey(ctx, key, context);
}

export function checkCryptoKey(ctx: KmsContext, key: KmsKey, context?: Record<string, string>): KmsKey {
  const pool = key.KeySpec.startsWith("RSA_") ? "rsa" : key.KeySpec.startsWith("ECC_") ? "ecc" : "symmetric";
  ctx.world.quotas.charge(ctx.caller.accountId, ctx.region, `crypto-${pool}`, cryptoRate(pool, ctx.region), "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.");
  authorize(ctx, key, ctx.op, context);
  checkKeyState(ctx.op, key);
  return key;
}

export function requireUsage(key: KmsKey, usage: KmsKey["KeyUsage"], op: string): void {
  if (key.KeyUsage !== usage) {
    throw new AwsError("InvalidKeyUsageException", `${arnOf(key)} key usage is ${key.KeyUsage} which is not valid for ${op}.`);
  }
}

export function requireAlgorithm(key: KmsKey, algorithm: string | undefined, allowed: string[] | undefined, kind: string): string {
  if (algorithm === undefined || !allowed?.includes(algorithm)) {
    throw new AwsError("InvalidKeyUsageException", `Algorithm ${algorithm ?? "null"} is not a supported ${kind} algorithm for ${arnOf(key)}.`);
  }
  return algorithm;
}

export function dryRunCheck(input: Input): void {
  if (optBool(input, "DryRun")) throw new AwsError("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.");
}

/** GetKeyLastUsage reports the last successful cryptographic operation on each key. */
export function recordUse(ctx: KmsContext, key: KmsKey): void {
  key.lastUsage = { Operation: ctx.op, Timestamp: ctx.now, CloudTrailEventId: ctx.eventId, KmsRequestId: ctx.requestId };
}
