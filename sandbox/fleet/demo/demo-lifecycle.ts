import { DAY } from "../../core/clock";
import { arnOf } from "../../kms/key-arn";
import type { DemoContext, DemoKey } from "./demo-context";
import { automaticRotations, onDemandRotations, rotationPeriod, settleRotations } from "./demo-rotation";

/** Rotation settings and history of a customer key, consistent with ListKeyRotations and CloudTrail. */
export function applyRotation(ctx: DemoContext, dk: DemoKey): void {
  const { key } = dk;
  const { rng } = ctx;
  if (key.KeySpec !== "SYMMETRIC_DEFAULT" || key.Origin !== "AWS_KMS" || key.MultiRegionKeyType === "REPLICA") return;
  if (rng.chance(0.7)) {
    const enabledAt = rng.chance(0.7) ? key.CreationDate + 5000 : Math.floor(key.CreationDate + rng.next() * (ctx.now - key.CreationDate));
    automaticRotations(ctx, key, enabledAt, rotationPeriod(ctx), true);
  }
  if (rng.chance(0.08) && ctx.now - key.CreationDate > 2 * DAY) onDemandRotations(ctx, key, rng.int(1, 3));
  settleRotations(ctx, key);
}

/** Imported material: some never expires, some expires soon, one has already expired. */
export function applyImport(ctx: DemoContext, dk: DemoKey, expired: boolean): void {
  const { key } = dk;
  const { rng } = ctx;
  const caller = ctx.humanCaller(key.AWSAccountId);
  const importedAt = key.CreationDate + 3_600_000;
  const base = { key, account: key.AWSAccountId, region: key.Region, caller, client: "console" as const };
  ctx.api({ ...base, time: importedAt - 60_000, eventName: "GetParametersForImport", readOnly: true, request: { keyId: key.KeyId, wrappingAlgorithm: "RSAES_OAEP_SHA_256", wrappingKeySpec: "RSA_4096" } });
  const validTo = expired
    ? Math.floor(ctx.now - rng.next() * 40 * DAY)
    : rng.weighted<number | undefined>([
        [Math.floor(ctx.now + (3 + rng.next() * 22) * DAY), 0.45],
        [Math.floor(ctx.now + (200 + rng.next() * 500) * DAY), 0.2],
        [undefined, 0.35],
      ]);
  ctx.api({ ...base, time: importedAt, eventName: "ImportKeyMaterial", readOnly: false, request: { keyId: key.KeyId, expirationModel: validTo ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE", validTo: validTo && new Date(validTo).toISOString() } });
  if (validTo !== undefined && validTo <= ctx.now) {
    key.KeyState = "PendingImport";
    ctx.service(key, "DeleteExpiredKeyMaterial", validTo, { keyId: key.KeyId });
    dk.legacyCallsUntil = validTo;
    return;
  }
  key.KeyState = "Enabled";
  key.ValidTo = validTo;
}

export function applyDisabled(ctx: DemoContext, dk: DemoKey): void {
  const { key } = dk;
  dk.disabledAt = Math.floor(Math.max(key.CreationDate + DAY, ctx.now - ctx.rng.next() * 150 * DAY));
  key.KeyState = "Disabled";
  if (ctx.rng.chance(0.4)) dk.legacyCallsUntil = dk.disabledAt + ctx.rng.int(2, 20) * DAY;
  ctx.api({ time: dk.disabledAt, key, account: key.AWSAccountId, region: key.Region, caller: ctx.humanCaller(key.AWSAccountId), client: "console", eventName: "DisableKey", readOnly: false, request: { keyId: key.KeyId } });
}

/** Pending deletion; `stillCalled` keeps a consumer calling it, the case AWS warns about. */
export function applyPendingDeletion(ctx: DemoContext, dk: DemoKey, opts: { stillCalled?: boolean; deleteInWindow?: boolean } = {}): void {
  const { key } = dk;
  const { rng } = ctx;
  const window = opts.deleteInWindow ? 7 : rng.pick([7, 14, 30, 30]);
  const ago = opts.deleteInWindow ? rng.int(20, 60) * DAY : opts.stillCalled ? 4 * DAY : rng.next() * (window - 1) * DAY;
  const scheduledAt = Math.floor(Math.max(key.CreationDate + DAY, ctx.now - ago));
  dk.scheduledAt = scheduledAt;
  key.KeyState = "PendingDeletion";
  key.DeletionDate = scheduledAt + window * DAY;
  key.PendingDeletionWindowInDays = window;
  if (opts.stillCalled) dk.legacyCallsUntil = ctx.now;
  ctx.api({
    time: scheduledAt,
    key,
    account: key.AWSAccountId,
    region: key.Region,
    caller: ctx.humanCaller(key.AWSAccountId),
    client: "console",
    eventName: "ScheduleKeyDeletion",
    readOnly: false,
    request: { keyId: key.KeyId, pendingWindowInDays: window },
    response: { keyId: arnOf(key), keyState: "PendingDeletion", pendingWindowInDays: window },
  });
  if (opts.deleteInWindow) ctx.service(key, "DeleteKey", key.DeletionDate);
}
