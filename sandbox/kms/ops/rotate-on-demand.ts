import { AwsError } from "../../core/errors";
import { optStr, type Input } from "../../core/input";
import { epochSeconds } from "../../core/time-format";
import { arnOf } from "../key-arn";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import type { KmsKey, Rotation } from "../model";
import { pageOf, readPage } from "../pagination";
import { resolveKey } from "../resolve-key";
import { checkRotationSupported } from "../rotation-support";

const CONFLICT_WINDOW_MS = 20 * 60_000;

export function rotateKeyOnDemand(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input);
  checkRotationSupported(key, "RotateKeyOnDemand");
  checkKeyState("RotateKeyOnDemand", key);
  const automaticSoon = key.rotationEnabled && key.nextRotationDate !== undefined && key.nextRotationDate - ctx.now < CONFLICT_WINDOW_MS;
  if (key.onDemandRotationStartDate !== undefined || automaticSoon) {
    throw new AwsError("ConflictException", `A rotation of ${arnOf(key)} is in progress or scheduled to begin within the next 20 minutes.`);
  }
  const limit = ctx.world.settings.onDemandRotationLimit;
  const used = key.rotations.filter((r) => r.RotationType === "ON_DEMAND").length;
  if (used >= limit) throw new AwsError("LimitExceededException", `${arnOf(key)} has reached the maximum of ${limit} on-demand rotations.`);
  key.onDemandRotationStartDate = ctx.now;
  ctx.world.lifecycle.schedule(key);
  return { KeyId: key.KeyId };
}

/** ListKeyRotations: Limit 1–1000 (default 100), completed rotations oldest first. */
export function listKeyRotations(input: Input, ctx: KmsContext) {
  const page = readPage(input, 1000, 100, "ListKeyRotations");
  optStr(input, "IncludeKeyMaterial", { oneOf: ["ALL_KEY_MATERIAL", "ROTATIONS_ONLY"] });
  const key = resolveKey(ctx, input);
  checkRotationSupported(key, "ListKeyRotations");
  const start = page.after === undefined ? 0 : key.rotations.findIndex((r) => r.KeyMaterialId === page.after) + 1;
  const result = pageOf(key.rotations.slice(start), page, (r) => r.KeyMaterialId, "ListKeyRotations");
  return {
    Rotations: rotationEntries(key, result.items),
    NextMarker: result.NextMarker,
    Truncated: result.Truncated,
  };
}

export function rotationEntries(key: KmsKey, rotations: Rotation[] = key.rotations) {
  const current = key.rotations[key.rotations.length - 1];
  return rotations.map((r) => ({
    KeyId: key.KeyId,
    KeyMaterialId: r.KeyMaterialId,
    KeyMaterialState: r === current ? "CURRENT" : "NON_CURRENT",
    RotationDate: epochSeconds(r.RotationDate),
    RotationType: r.RotationType,
  }));
}
