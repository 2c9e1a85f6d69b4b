import { randomBytes, randomUUID } from "node:crypto";
import { AwsError, unsupported, validationError } from "../../core/errors";
import { optBool, optStr, type Input } from "../../core/input";
import type { KmsContext } from "../kms-context";
import { keyMetadata } from "../key-metadata";
import { KEY_SPECS, UNSUPPORTED_SPECS } from "../key-spec";
import type { KeyUsage, Origin } from "../model";
import { newKey } from "../new-key";
import { checkNewPolicy } from "../policy/check-new-policy";
import { defaultKeyPolicy } from "../policy/default-policies";
import { mergeTags, readTags } from "../tag-rules";
import { trailDate, trailShape } from "../trail-shape";

const USAGES = ["SIGN_VERIFY", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "ENCAPSULATE_DECAPSULATE"] as const;
const ORIGINS = ["AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"] as const;
const ALL_SPECS = [...Object.keys(KEY_SPECS), ...UNSUPPORTED_SPECS];

export function createKey(input: Input, ctx: KmsContext) {
  const description = optStr(input, "Description", { max: 8192 }) ?? "";
  const spec = readSpec(input);
  const usage = readUsage(input, spec);
  const origin = (optStr(input, "Origin", { oneOf: ORIGINS }) ?? "AWS_KMS") as Origin;
  const multiRegion = optBool(input, "MultiRegion") ?? false;
  const customKeyStoreId = optStr(input, "CustomKeyStoreId", { min: 1, max: 64 });
  if (customKeyStoreId !== undefined || origin === "AWS_CLOUDHSM" || origin === "EXTERNAL_KEY_STORE") {
    throw new AwsError("CustomKeyStoreNotFoundException", `Custom key store ${customKeyStoreId ?? "(none given)"} was not found in this account and Region.`);
  }
  const policy = optStr(input, "Policy", { min: 1, max: 131072 });
  if (policy !== undefined) checkNewPolicy(ctx, policy, optBool(input, "BypassPolicyLockoutSafetyCheck") ?? false);
  const tags = mergeTags([], readTags(input.Tags));

  const keyId = multiRegion ? `mrk-${randomBytes(16).toString("hex")}` : randomUUID();
  const key = newKey({
    account: ctx.caller.accountId,
    region: ctx.region,
    keyId,
    now: ctx.now,
    keySpec: spec,
    keyUsage: usage,
    keyManager: "CUSTOMER",
    origin,
    description,
    policy: policy ?? defaultKeyPolicy(ctx.caller.accountId),
    trackingLaunch: ctx.world.settings.trackingLaunch,
    multiRegionKeyType: multiRegion ? "PRIMARY" : undefined,
  });
  key.tags = tags;
  ctx.world.kms.region(key.AWSAccountId, key.Region).addKey(key);
  const metadata = keyMetadata(key, ctx.world.kms);
  ctx.resources.push(metadata.Arn as string);
  ctx.trailResponse = { keyMetadata: { ...(trailShape(metadata) as object), creationDate: trailDate(key.CreationDate) } };
  return { KeyMetadata: metadata };
}

function readSpec(input: Input): string {
  const keySpec = optStr(input, "KeySpec", { oneOf: ALL_SPECS });
  const cmkSpec = optStr(input, "CustomerMasterKeySpec", { oneOf: ALL_SPECS });
  if (keySpec !== undefined && cmkSpec !== undefined) {
    throw new AwsError("ValidationException", "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.");
  }
  const spec = keySpec ?? cmkSpec ?? "SYMMETRIC_DEFAULT";
  if (UNSUPPORTED_SPECS.has(spec)) throw unsupported(`KeySpec ${spec} is not supported in this Region.`);
  return spec;
}

function readUsage(input: Input, spec: string): KeyUsage {
  const given = optStr(input, "KeyUsage", { oneOf: USAGES }) as KeyUsage | undefined;
  const allowed = KEY_SPECS[spec]!.usages;
  const usage = given ?? (spec.startsWith("HMAC_") ? undefined : "ENCRYPT_DECRYPT");
  if (usage === undefined || !allowed.includes(usage)) {
    throw validationError("keyUsage", usage ?? given, `KeyUsage must be one of [${allowed.join(", ")}] for KeySpec ${spec}`);
  }
  return usage;
}
