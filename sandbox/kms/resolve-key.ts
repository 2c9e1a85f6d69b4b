import { aliasArn, keyArn, parseArn } from "../core/arn";
import { AwsError, notFound } from "../core/errors";
import { reqStr, type Input } from "../core/input";
import { authorize } from "./authorize";
import { arnOf } from "./key-arn";
import type { KmsContext } from "./kms-context";
import type { KmsKey } from "./model";

export const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

/** `action: null` skips the key policy check, for operations that authorize otherwise. */
export type ResolveOptions = { field?: string; aliases?: boolean; crossAccount?: boolean; action?: string | null };

/**
 * Finds the key a request names by key id, key ARN, alias name or alias ARN (where the operation
 * accepts aliases), checks the key policy for the caller, and records the key for CloudTrail.
 */
export function resolveKey(ctx: KmsContext, input: Input, opts: ResolveOptions = {}): KmsKey {
  const field = opts.field ?? "KeyId";
  const raw = reqStr(input, field, { min: 1, max: 2048 });
  const key = lookup(ctx, raw, opts);
  if (opts.action !== null) authorize(ctx, key, opts.action ?? ctx.op);
  ctx.resources.push(arnOf(key));
  return key;
}

function lookup(ctx: KmsContext, raw: string, opts: ResolveOptions): KmsKey {
  let account = ctx.caller.accountId;
  let region = ctx.region;
  let resource = raw;
  if (raw.startsWith("arn:")) {
    const arn = parseArn(raw);
    if (!arn || arn.service !== "kms" || !/^\d{12}$/.test(arn.account)) throw new AwsError("InvalidArnException", `Invalid arn ${raw}`);
    if (arn.region !== ctx.region) throw notFound(`Invalid arn ${raw}`);
    account = arn.account;
    region = arn.region;
    resource = arn.resource;
    if (account !== ctx.caller.accountId && !opts.crossAccount) throw notFound(`Key '${raw}' does not exist`);
  }
  const store = ctx.world.kms.existingRegion(account, region);
  if (resource.startsWith("alias/")) {
    if (!opts.aliases) throw notFound(`Invalid keyId '${raw}'`);
    const alias = store?.aliases.get(resource);
    const key = alias?.TargetKeyId ? store?.keys.get(alias.TargetKeyId) : undefined;
    if (!key) throw notFound(`Alias ${aliasArn(region, account, resource)} is not found.`);
    return key;
  }
  const id = resource.startsWith("key/") && raw.startsWith("arn:") ? resource.slice(4) : resource;
  if (!KEY_ID.test(id) || (resource.startsWith("key/") && !raw.startsWith("arn:"))) throw notFound(`Invalid keyId '${raw}'`);
  const key = store?.keys.get(id);
  if (!key) throw notFound(`Key '${keyArn(region, account, id)}' does not exist`);
  return key;
}
