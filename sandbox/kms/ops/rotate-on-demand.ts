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
import { materialId } from "../key-metadata";

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

/**
 * ListKeyRotations: Limit 1–1000 (default 100), oldest first. With IncludeKeyMaterial
 * ALL_KEY_MATERIAL the first key material comes first (no RotationDate or RotationType), and
 * imported material carries ImportState, ExpirationModel and ValidTo.
 */
export function listKeyRotations(input: Input, ctx: KmsContext) {
  const page = readPage(input, 1000, 100, "ListKeyRotations");
  const include = optStr(input, "IncludeKeyMaterial", { oneOf: ["ALL_KEY_MATERIAL", "ROTATIONS_ONLY"] });
  const key = resolveKey(ctx, input);
  checkRotationSupported(key, "ListKeyRotations");
  const entries = include === "ALL_KEY_MATERIAL" ? materialEntries(key) : rotationEntries(key);
  const start = page.after === undefined ? 0 : entries.findIndex((r) => r.KeyMaterialId === page.after) + 1;
  const result = pageOf(entries.slice(start), page, (r) => r.KeyMaterialId, "ListKeyRotations");
  return {
    Rotations: result.items,
    NextMarker: result.NextMarker,
    Truncated: result.Truncated,
  };
}

type MaterialEntry = {
  KeyId: string;
  KeyMaterialId: string;
  KeyMaterialState: "CURRENT" | "NON_CURRENT";
  ImportState?: "IMPORTED";
  ExpirationModel?: "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";
  ValidTo?: number;
  RotationDate?: number;
  RotationType?: string;
};

/** Completed rotations (IncludeKeyMaterial ROTATIONS_ONLY, the default). */
export function rotationEntries(key: KmsKey): MaterialEntry[] {
  return materialEntries(key).filter((e) => e.RotationDate !== undefined);
}

/**
 * Every key material of the key, first material included. A key still waiting for its first
 * import (PendingImport) has none. The sandbox models one expiry per key: the current material's.
 */
export function materialEntries(key: KmsKey): MaterialEntry[] {
  if (key.KeyState === "PendingImport") return [];
  const imported = key.Origin === "EXTERNAL";
  const currentVersion = key.materialVersion;
  const entry = (version: number, r?: Rotation): MaterialEntry => {
    const e: MaterialEntry = {
      KeyId: key.KeyId,
      KeyMaterialId: r?.KeyMaterialId || materialId(key, version),
      KeyMaterialState: version === currentVersion ? "CURRENT" : "NON_CURRENT",
    };
    if (imported) {
      e.ImportState = "IMPORTED";
      const expires = version === currentVersion && key.ValidTo !== undefined;
      e.ExpirationModel = expires ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE";
      if (expires) e.ValidTo = epochSeconds(key.ValidTo!);
    }
    if (r) {
      e.RotationDate = epochSeconds(r.RotationDate);
      e.RotationType = r.RotationType;
    }
    return e;
  };
  return [entry(0), ...key.rotations.map((r, i) => entry(i + 1, r))];
}
