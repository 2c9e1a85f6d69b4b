import type { Input } from "../../core/input";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { resolveKey } from "../resolve-key";

export function enableKey(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input);
  checkKeyState("EnableKey", key);
  key.KeyState = "Enabled";
  // A key re-enabled after its rotation date passed rotates at once (GetKeyRotationStatus API reference).
  ctx.world.lifecycle.schedule(key);
  return {};
}

export function disableKey(input: Input, ctx: KmsContext) {
  const key = resolveKey(ctx, input);
  checkKeyState("DisableKey", key);
  key.KeyState = "Disabled";
  return {};
}
