import { DAY } from "../../core/clock";
import { materialId } from "../../kms/key-metadata";
import type { KmsKey, Rotation } from "../../kms/model";
import type { DemoContext } from "./demo-context";

/** Automatic rotations from `enabledAt` every `period` days up to now; the next one in the future. */
export function automaticRotations(ctx: DemoContext, key: KmsKey, enabledAt: number, period: number, byUser: boolean): void {
  key.rotationEnabled = true;
  key.rotationPeriodInDays = period;
  let t = enabledAt + period * DAY;
  for (; t <= ctx.now; t += period * DAY) key.rotations.push({ RotationDate: t, RotationType: "AUTOMATIC", KeyMaterialId: "" });
  key.nextRotationDate = t;
  if (byUser) {
    const caller = ctx.roleCaller(key.AWSAccountId, "ci-deploy", enabledAt, "terraform");
    ctx.api({ time: enabledAt, key, account: key.AWSAccountId, region: key.Region, caller, client: "terraform", eventName: "EnableKeyRotation", readOnly: false, request: { keyId: key.KeyId, rotationPeriodInDays: period } });
  }
}

/** A few rotations someone asked for, each a RotateKeyOnDemand call then KMS's RotateKey event. */
export function onDemandRotations(ctx: DemoContext, key: KmsKey, count: number): void {
  for (let i = 0; i < count; i++) {
    const t = Math.floor(key.CreationDate + ctx.rng.next() * (ctx.now - key.CreationDate - DAY));
    key.rotations.push({ RotationDate: t + 60_000, RotationType: "ON_DEMAND", KeyMaterialId: "" });
    ctx.api({ time: t, key, account: key.AWSAccountId, region: key.Region, caller: ctx.humanCaller(key.AWSAccountId), client: "console", eventName: "RotateKeyOnDemand", readOnly: false, request: { keyId: key.KeyId }, response: { keyId: key.KeyId } });
  }
}

/** Orders the rotations, numbers the material, and logs the RotateKey events inside the window. */
export function settleRotations(ctx: DemoContext, key: KmsKey): void {
  key.rotations.sort((a, b) => a.RotationDate - b.RotationDate);
  key.rotations.forEach((r: Rotation, i) => {
    r.KeyMaterialId = materialId(key, i + 1);
    ctx.service(key, "RotateKey", r.RotationDate, { keyId: key.KeyId, rotationType: r.RotationType, keyMaterialId: r.KeyMaterialId });
  });
  key.materialVersion = key.rotations.length;
}

export function rotationPeriod(ctx: DemoContext): number {
  return ctx.rng.weighted([
    [365, 0.7],
    [180, 0.1],
    [90, 0.1],
    [730, 0.1],
  ]);
}

/**
 * KMS does not rotate a key that is not Enabled. The history is drawn before a key's fate, so
 * this drops the rotations after it was disabled or scheduled for deletion, and their events.
 */
export function stopRotationsAt(ctx: DemoContext, key: KmsKey, stoppedAt: number): void {
  const kept = key.rotations.filter((r) => r.RotationDate <= stoppedAt);
  if (kept.length === key.rotations.length) return;
  // the rotation it missed stays due: KMS rotates at once when the key is enabled again
  const missed = key.rotations.find((r) => r.RotationDate > stoppedAt && r.RotationType === "AUTOMATIC");
  if (missed) key.nextRotationDate = missed.RotationDate;
  key.rotations = kept;
  key.materialVersion = kept.length;
  ctx.retract(key, stoppedAt, ["RotateKey", "RotateKeyOnDemand"]);
}
