import { unsupported } from "../core/errors";
import { arnOf } from "./key-arn";
import type { KmsKey } from "./model";

// ListKeyRotations also serves symmetric keys with imported material: they rotate on demand
// (RotateKeyOnDemand after ImportKeyMaterial with ImportType NEW_KEY_MATERIAL), never automatically.
const ON_DEMAND_ALSO_FOR_IMPORTED = new Set(["ListKeyRotations"]);

/**
 * Automatic rotation applies only to symmetric encryption keys with KMS-generated material;
 * imported material rotates on demand only; multi-Region sets are rotated through the primary
 * (EnableKeyRotation and RotateKeyOnDemand API references).
 */
export function checkRotationSupported(key: KmsKey, op: string): void {
  if (key.KeySpec !== "SYMMETRIC_DEFAULT") throw unsupported(`${arnOf(key)} has KeySpec ${key.KeySpec}, which does not support ${op}.`);
  if (key.Origin === "EXTERNAL" && !ON_DEMAND_ALSO_FOR_IMPORTED.has(op)) throw unsupported(`${arnOf(key)} origin is EXTERNAL which is not valid for this operation.`);
  if (key.Origin !== "AWS_KMS" && key.Origin !== "EXTERNAL") throw unsupported(`${arnOf(key)} is in a custom key store, which does not support ${op}.`);
  if (key.MultiRegionKeyType === "REPLICA" && op !== "GetKeyRotationStatus" && op !== "ListKeyRotations") {
    throw unsupported(`${arnOf(key)} is a multi-Region replica key. Call ${op} on the primary key.`);
  }
}

/** Keys ListKeyRotations answers for: symmetric, with KMS-generated or imported material. */
export const listsKeyMaterial = (key: KmsKey) => key.KeySpec === "SYMMETRIC_DEFAULT" && (key.Origin === "AWS_KMS" || key.Origin === "EXTERNAL");
