import { aliasArn } from "../../core/arn";
import { AwsError, notFound } from "../../core/errors";
import { reqStr, type Input } from "../../core/input";
import { authorize } from "../authorize";
import { arnOf } from "../key-arn";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { resolveKey } from "../resolve-key";

const MAX_ALIASES_PER_KEY = 50;

function readAliasName(input: Input): string {
  const name = reqStr(input, "AliasName", { min: 1, max: 256, pattern: /^[a-zA-Z0-9:/_-]+$/ });
  if (!name.startsWith("alias/")) {
    throw new AwsError("ValidationException", 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
  }
  return name;
}

export function createAlias(input: Input, ctx: KmsContext) {
  const name = readAliasName(input);
  if (name.startsWith("alias/aws/")) throw new AwsError("InvalidAliasNameException", "Alias names that begin with alias/aws/ are reserved for AWS managed keys.");
  const key = resolveKey(ctx, input, { field: "TargetKeyId" });
  checkKeyState("CreateAlias", key);
  const store = ctx.world.kms.region(ctx.caller.accountId, ctx.region);
  const arn = aliasArn(ctx.region, ctx.caller.accountId, name);
  if (store.aliases.has(name)) throw new AwsError("AlreadyExistsException", `An alias with the name ${arn} already exists`);
  const count = [...store.aliases.values()].filter((a) => a.TargetKeyId === key.KeyId).length;
  if (count >= MAX_ALIASES_PER_KEY) throw new AwsError("LimitExceededException", `A KMS key can have at most ${MAX_ALIASES_PER_KEY} aliases.`);
  store.setAlias({ AliasName: name, TargetKeyId: key.KeyId, CreationDate: ctx.now, LastUpdatedDate: ctx.now });
  ctx.resources.unshift(arn);
  return {};
}

/** The existing alias and its current key, checked against that key's policy. */
function existingAlias(input: Input, ctx: KmsContext) {
  const name = readAliasName(input);
  const store = ctx.world.kms.region(ctx.caller.accountId, ctx.region);
  const alias = store.aliases.get(name);
  const arn = aliasArn(ctx.region, ctx.caller.accountId, name);
  const key = alias?.TargetKeyId ? store.keys.get(alias.TargetKeyId) : undefined;
  if (!alias || !key) throw notFound(`Alias ${arn} is not found.`);
  authorize(ctx, key, ctx.op);
  return { store, alias, arn, key };
}

export function updateAlias(input: Input, ctx: KmsContext) {
  const { alias, arn, key: current } = existingAlias(input, ctx);
  const target = resolveKey(ctx, input, { field: "TargetKeyId" });
  checkKeyState("UpdateAlias", target);
  if (kind(target.KeySpec) !== kind(current.KeySpec) || target.KeyUsage !== current.KeyUsage) {
    throw new AwsError(
      "ValidationException",
      `${arnOf(target)} cannot replace ${arnOf(current)} as the target of ${arn}: the keys must be of the same type and key usage.`,
    );
  }
  alias.TargetKeyId = target.KeyId;
  alias.LastUpdatedDate = ctx.now;
  ctx.resources.unshift(arn, arnOf(current));
  return {};
}

export function deleteAlias(input: Input, ctx: KmsContext) {
  const { store, alias, arn, key } = existingAlias(input, ctx);
  store.removeAlias(alias.AliasName);
  ctx.resources.push(arn, arnOf(key));
  return {};
}

const kind = (spec: string) => (spec === "SYMMETRIC_DEFAULT" ? "symmetric" : spec.startsWith("HMAC_") ? "hmac" : "asymmetric");
