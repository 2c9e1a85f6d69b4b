import { unsupported } from "../core/errors";
import { arnOf } from "./key-arn";
import type { KmsKey } from "./model";

/**
 * Automatic and on-demand rotation apply only to symmetric encryption keys with KMS-generated
 * material; multi-Region sets are rotated through the primary (EnableKeyRotation API reference).
 */
export function checkRotationSupported(key: KmsKey, op: string): void {
  if (key.KeySpec !== "SYMMETRIC_DEFAULT") throw unsupported(`${arnOf(key)} has KeySpec ${key.KeySpec}, which does not support ${op}.`);
  if (key.Origin === "EXTERNAL") throw unsupported(`${arnOf(key)} origin is EXTERNAL which is not valid for this operation.`);
  if (key.Origin !== "AWS_KMS") throw unsupported(`${arnOf(key)} is in a custom key store, which does not support ${op}.`);
  if (key.MultiRegionKeyType === "REPLICA" && op !== "GetKeyRotationStatus" && op !== "ListKeyRotations") {
    throw unsupported(`${arnOf(key)} is a multi-Region replica key. Call ${op} on the primary key.`);
  }
}
