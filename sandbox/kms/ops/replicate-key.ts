import { AwsError, unsupported, validationError } from "../../core/errors";
import { optBool, optStr, reqStr, type Input } from "../../core/input";
import { resolveKey } from "../resolve-key";
import { arnOf } from "../key-arn";
import { keyMetadata } from "../key-metadata";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { isMultiRegion } from "../model";
import { newKey } from "../new-key";
import { checkNewPolicy } from "../policy/check-new-policy";
import { defaultKeyPolicy } from "../policy/default-policies";
import { mergeTags, readTags } from "../tag-rules";
import { trailShape } from "../trail-shape";

export const REGION = /^([a-z]+-){2,3}\d+$/;

/** A replica shares key id, material, spec, usage, origin and rotation; it starts in Creating. */
export function replicateKey(input: Input, ctx: KmsContext) {
  const replicaRegion = reqStr(input, "ReplicaRegion", { min: 1, max: 32, pattern: REGION });
  const description = optStr(input, "Description", { max: 8192 }) ?? "";
  const policy = optStr(input, "Policy", { min: 1, max: 131072 });
  const tags = mergeTags([], readTags(input.Tags));
  const primary = resolveKey(ctx, input);
  if (!isMultiRegion(primary)) throw unsupported(`${arnOf(primary)} is not a multi-Region key.`);
  if (primary.MultiRegionKeyType !== "PRIMARY") throw unsupported(`${arnOf(primary)} is not a multi-Region primary key.`);
  checkKeyState("ReplicateKey", primary);
  if (replicaRegion === primary.Region) throw validationError("replicaRegion", replicaRegion, "The replica Region must differ from the primary key's Region");
  const target = ctx.world.kms.region(primary.AWSAccountId, replicaRegion);
  if (target.keys.has(primary.KeyId)) throw new AwsError("AlreadyExistsException", `${arnOf(target.keys.get(primary.KeyId)!)} already exists`);
  if (policy !== undefined) checkNewPolicy(ctx, policy, optBool(input, "BypassPolicyLockoutSafetyCheck") ?? false);

  const replica = newKey({
    account: primary.AWSAccountId,
    region: replicaRegion,
    keyId: primary.KeyId,
    now: ctx.now,
    keySpec: primary.KeySpec,
    keyUsage: primary.KeyUsage,
    keyManager: "CUSTOMER",
    origin: primary.Origin,
    description,
    policy: policy ?? defaultKeyPolicy(primary.AWSAccountId),
    trackingLaunch: ctx.world.settings.trackingLaunch,
    multiRegionKeyType: "REPLICA",
    state: "Creating",
  });
  replica.settledState = primary.Origin === "EXTERNAL" ? "PendingImport" : "Enabled";
  replica.transientUntil = ctx.now + ctx.world.settings.transientStateMs;
  Object.assign(replica, {
    tags,
    rotationEnabled: primary.rotationEnabled,
    rotationPeriodInDays: primary.rotationPeriodInDays,
    nextRotationDate: primary.nextRotationDate,
    rotations: [...primary.rotations],
    materialVersion: primary.materialVersion,
  });
  target.addKey(replica);
  ctx.world.lifecycle.schedule(replica);
  const metadata = keyMetadata(replica, ctx.world.kms);
  ctx.relatedRecords.push({
    region: replicaRegion,
    eventName: "CreateKey",
    requestParameters: trailShape({ ...input, ReplicaRegion: undefined, Policy: undefined }),
    responseElements: { keyMetadata: trailShape(metadata) },
    resources: [arnOf(replica)],
  });
  ctx.trailResponse = { replicaKeyMetadata: trailShape(metadata) };
  return { ReplicaKeyMetadata: metadata, ReplicaPolicy: replica.policy, ReplicaTags: tags };
}

export function updatePrimaryRegion(input: Input, ctx: KmsContext) {
  const region = reqStr(input, "PrimaryRegion", { min: 1, max: 32, pattern: REGION });
  const primary = resolveKey(ctx, input);
  if (!isMultiRegion(primary)) throw unsupported(`${arnOf(primary)} is not a multi-Region key.`);
  if (primary.MultiRegionKeyType !== "PRIMARY") throw unsupported(`${arnOf(primary)} is not the primary key. Call UpdatePrimaryRegion on the primary key.`);
  if (region === primary.Region) throw validationError("primaryRegion", region, `${region} is already the primary Region`);
  const replica = ctx.world.kms.existingRegion(primary.AWSAccountId, region)?.keys.get(primary.KeyId);
  if (!replica) throw new AwsError("NotFoundException", `There is no replica of ${arnOf(primary)} in ${region}.`);
  checkKeyState("UpdatePrimaryRegion", primary);
  checkKeyState("UpdatePrimaryRegion", replica);
  for (const k of [primary, replica]) {
    k.settledState = k.KeyState;
    k.KeyState = "Updating";
    k.transientUntil = ctx.now + ctx.world.settings.transientStateMs;
  }
  primary.MultiRegionKeyType = "REPLICA";
  replica.MultiRegionKeyType = "PRIMARY";
  ctx.world.lifecycle.schedule(primary);
  ctx.world.lifecycle.schedule(replica);
  ctx.relatedRecords.push({ region, eventName: "UpdatePrimaryRegion", requestParameters: trailShape(input), responseElements: null, resources: [arnOf(replica)] });
  return {};
}
