import { notFound } from "../../core/errors";
import { optBool, optStr, reqStr, type Input } from "../../core/input";
import type { KmsContext } from "../kms-context";
import { readPage } from "../pagination";
import { checkNewPolicy } from "../policy/check-new-policy";
import { resolveKey } from "../resolve-key";

/** A key has exactly one policy, named "default". */
function readPolicyName(input: Input): string {
  const name = optStr(input, "PolicyName", { min: 1, max: 128, pattern: /^[\w]+$/ }) ?? "default";
  if (name !== "default") throw notFound(`No such policy exists: ${name}`);
  return name;
}

export function getKeyPolicy(input: Input, ctx: KmsContext) {
  const name = readPolicyName(input);
  const key = resolveKey(ctx, input);
  return { Policy: key.policy, PolicyName: name };
}

export function putKeyPolicy(input: Input, ctx: KmsContext) {
  const policy = reqStr(input, "Policy", { min: 1, max: 131072 });
  const bypass = optBool(input, "BypassPolicyLockoutSafetyCheck") ?? false;
  readPolicyName(input);
  const key = resolveKey(ctx, input);
  checkNewPolicy(ctx, policy, bypass);
  key.policy = policy;
  key.expectedAccessFlags = undefined;
  return {};
}

export function listKeyPolicies(input: Input, ctx: KmsContext) {
  readPage(input, 1000, 100, "ListKeyPolicies");
  resolveKey(ctx, input);
  return { PolicyNames: ["default"], Truncated: false };
}
