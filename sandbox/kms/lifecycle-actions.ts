import { randomUUID } from "node:crypto";
import { DAY } from "../core/clock";
import { serviceEventRecord } from "../cloudtrail/build-record";
import type { World } from "../world";
import { arnOf } from "./key-arn";
import { materialId } from "./key-metadata";
import { isMultiRegion, type KmsKey, type RotationType } from "./model";

export function logServiceEvent(w: World, key: KmsKey, eventName: string, time: number, details?: Record<string, unknown>): void {
  const record = serviceEventRecord({
    time,
    eventName,
    region: key.Region,
    accountId: key.AWSAccountId,
    keyArn: arnOf(key),
    eventID: randomUUID(),
    serviceEventDetails: details,
  });
  w.events.append(key.AWSAccountId, key.Region, time, record);
}

/** New key material; multi-Region keys share material, so every Region's copy rotates together. */
export function rotateKey(w: World, key: KmsKey, time: number, type: RotationType): void {
  const set = isMultiRegion(key) ? w.kms.multiRegionSet(key.AWSAccountId, key.KeyId) : [key];
  for (const k of set) {
    k.materialVersion += 1;
    k.rotations.push({ RotationDate: time, RotationType: type, KeyMaterialId: materialId(k, k.materialVersion) });
    if (type === "AUTOMATIC" && k.rotationPeriodInDays) k.nextRotationDate = time + k.rotationPeriodInDays * DAY;
    logServiceEvent(w, k, "RotateKey", time, { keyId: k.KeyId, rotationType: type, keyMaterialId: materialId(k, k.materialVersion) });
  }
}

export function completeOnDemandRotation(w: World, key: KmsKey, time: number): void {
  key.onDemandRotationStartDate = undefined;
  rotateKey(w, key, time, "ON_DEMAND");
}

/** The waiting period is over: the key and its aliases are gone. */
export function deleteKey(w: World, key: KmsKey, time: number): void {
  const store = w.kms.region(key.AWSAccountId, key.Region);
  store.removeKey(key.KeyId);
  for (const alias of [...store.aliases.values()]) if (alias.TargetKeyId === key.KeyId) store.removeAlias(alias.AliasName);
  logServiceEvent(w, key, "DeleteKey", time);
  if (key.MultiRegionKeyType === "REPLICA") releasePrimary(w, key, time);
}

/** A primary waiting for its replicas starts its own waiting period when the last one is deleted. */
function releasePrimary(w: World, replica: KmsKey, time: number): void {
  const set = w.kms.multiRegionSet(replica.AWSAccountId, replica.KeyId);
  const primary = set.find((k) => k.MultiRegionKeyType === "PRIMARY");
  if (!primary || primary.KeyState !== "PendingReplicaDeletion") return;
  if (set.some((k) => k.MultiRegionKeyType === "REPLICA")) return;
  primary.KeyState = "PendingDeletion";
  primary.DeletionDate = time + (primary.PendingDeletionWindowInDays ?? 30) * DAY;
  w.lifecycle.schedule(primary);
}

/** Imported key material reached ValidTo: KMS deletes it and the key waits for new material. */
export function expireKeyMaterial(w: World, key: KmsKey, time: number): void {
  key.KeyState = "PendingImport";
  key.ValidTo = undefined;
  logServiceEvent(w, key, "DeleteExpiredKeyMaterial", time, { keyId: key.KeyId });
}
