import { optList, optStr, type Input } from "../../core/input";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { keyMetadata } from "../key-metadata";
import { resolveKey } from "../resolve-key";

export function describeKey(input: Input, ctx: KmsContext) {
  optList(input, "GrantTokens", 10);
  const key = resolveKey(ctx, input, { aliases: true, crossAccount: true });
  return { KeyMetadata: keyMetadata(key, ctx.world.kms) };
}

export function updateKeyDescription(input: Input, ctx: KmsContext) {
  const description = optStr(input, "Description", { max: 8192 });
  const key = resolveKey(ctx, input);
  checkKeyState("UpdateKeyDescription", key);
  key.Description = description ?? "";
  return {};
}
