import { DAY } from "../../core/clock";
import { optInt, type Input } from "../../core/input";
import { epochSeconds } from "../../core/time-format";
import { arnOf } from "../key-arn";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { resolveKey } from "../resolve-key";
import { trailDate } from "../trail-shape";

/** PendingWindowInDays 7–30 (default 30). A primary with replicas waits in PendingReplicaDeletion. */
export function scheduleKeyDeletion(input: Input, ctx: KmsContext) {
  const window = optInt(input, "PendingWindowInDays", 7, 30) ?? 30;
  const key = resolveKey(ctx, input);
  checkKeyState("ScheduleKeyDeletion", key);
  const hasReplicas =
    key.MultiRegionKeyType === "PRIMARY" && ctx.world.kms.multiRegionSet(key.AWSAccountId, key.KeyId).some((k) => k.MultiRegionKeyType === "REPLICA");
  key.PendingDeletionWindowInDays = window;
  key.settledState = undefined;
  key.transientUntil = undefined;
  if (hasReplicas) {
    key.KeyState = "PendingReplicaDeletion";
    key.DeletionDate = undefined;
  } else {
    key.KeyState = "PendingDeletion";
    key.DeletionDate = ctx.now + window * DAY;
  }
  ctx.world.lifecycle.schedule(key);
  const deletion = key.DeletionDate;
  ctx.trailResponse = {
    keyId: arnOf(key),
    deletionDate: deletion === undefined ? undefined : trailDate(deletion),
    keyState: key.KeyState,
    pendingWindowInDays: window,
  };
  return {
    KeyId: arnOf(key),
    DeletionDate: deletion === undefined ? undefined : epochSeconds(deletion),
    KeyState: key.KeyState,
    PendingWindowInDays: window,
  };
}

/** Cancelling leaves the key Disabled, whatever it was before (CancelKeyDeletion API reference). */
export function cancelKeyDeletion(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input);
  checkKeyState("CancelKeyDeletion", key);
  key.KeyState = "Disabled";
  key.DeletionDate = undefined;
  key.PendingDeletionWindowInDays = undefined;
  ctx.trailResponse = { keyId: arnOf(key) };
  return { KeyId: arnOf(key) };
}
