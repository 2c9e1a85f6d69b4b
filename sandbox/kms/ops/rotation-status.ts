import { DAY } from "../../core/clock";
import { optInt, type Input } from "../../core/input";
import { epochSeconds } from "../../core/time-format";
import { arnOf } from "../key-arn";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { isMultiRegion, type KmsKey } from "../model";
import { resolveKey } from "../resolve-key";
import { checkRotationSupported } from "../rotation-support";

export function getKeyRotationStatus(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input, { crossAccount: true });
  checkRotationSupported(key, "GetKeyRotationStatus");
  return rotationStatusOf(key);
}

/** GetKeyRotationStatus's answer; while pending deletion the status reads false (API reference). */
export function rotationStatusOf(key: KmsKey) {
  const enabled = key.rotationEnabled && key.KeyState !== "PendingDeletion" && key.KeyState !== "PendingReplicaDeletion";
  return {
    KeyRotationEnabled: enabled,
    KeyId: arnOf(key),
    RotationPeriodInDays: enabled ? key.rotationPeriodInDays : undefined,
    NextRotationDate: enabled && key.nextRotationDate !== undefined ? epochSeconds(key.nextRotationDate) : undefined,
    OnDemandRotationStartDate: key.onDemandRotationStartDate !== undefined ? epochSeconds(key.onDemandRotationStartDate) : undefined,
  };
}

export function enableKeyRotation(input: Input, ctx: KmsContext) {
  const period = optInt(input, "RotationPeriodInDays", 90, 2560);
  const key = resolveKey(ctx, input);
  checkRotationSupported(key, "EnableKeyRotation");
  checkKeyState("EnableKeyRotation", key);
  const newPeriod = period ?? (key.rotationEnabled ? key.rotationPeriodInDays! : 365);
  const next = key.rotationEnabled && key.nextRotationDate !== undefined
    ? Math.max(ctx.now, key.nextRotationDate - key.rotationPeriodInDays! * DAY + newPeriod * DAY)
    : ctx.now + newPeriod * DAY;
  for (const k of rotationSet(ctx, key)) {
    k.rotationEnabled = true;
    k.rotationPeriodInDays = newPeriod;
    k.nextRotationDate = next;
  }
  ctx.world.lifecycle.schedule(key);
  return {};
}

export function disableKeyRotation(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input);
  checkRotationSupported(key, "DisableKeyRotation");
  checkKeyState("DisableKeyRotation", key);
  for (const k of rotationSet(ctx, key)) {
    k.rotationEnabled = false;
    k.rotationPeriodInDays = undefined;
    k.nextRotationDate = undefined;
  }
  return {};
}

/** Rotation status is shared by all Regions of a multi-Region key. */
function rotationSet(ctx: KmsContext, key: KmsKey): KmsKey[] {
  return isMultiRegion(key) ? ctx.world.kms.multiRegionSet(key.AWSAccountId, key.KeyId) : [key];
}
