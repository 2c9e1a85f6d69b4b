import { AwsError, notFound, validationError } from "../../core/errors";
import { optBool, optStr, reqStr, type Input } from "../../core/input";
import { accessDenied } from "../authorize";
import { arnOf } from "../key-arn";
import type { KmsContext } from "../kms-context";
import type { Grant, KmsKey } from "../model";
import { policyAllows } from "../policy/evaluate-policy";
import { resolveKey } from "../resolve-key";

const GRANT_ID = /^[0-9a-f]{64}$/;

function readGrantId(input: Input): string {
  const id = reqStr(input, "GrantId", { min: 1, max: 128 });
  if (!GRANT_ID.test(id)) throw new AwsError("InvalidGrantIdException", `Invalid grant id ${id}`);
  return id;
}

function findGrant(key: KmsKey, id: string): Grant {
  const grant = key.grants.find((g) => g.GrantId === id);
  if (!grant) throw notFound(`Grant ID ${id} not found`);
  return grant;
}

function dryRun(input: Input): void {
  if (optBool(input, "DryRun")) throw new AwsError("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.");
}

/** RetireGrant: by token, or by key and grant id; allowed to the retiring principal or a grantee holding RetireGrant. */
export function retireGrant(input: Input, ctx: KmsContext) {
  const token = optStr(input, "GrantToken", { min: 1, max: 8192 });
  let key: KmsKey | undefined;
  let grant: Grant | undefined;
  if (token !== undefined) {
    for (const store of ctx.world.kms.all()) {
      for (const k of store.keys.values()) {
        const g = k.grants.find((x) => x.GrantToken === token);
        if (g) [key, grant] = [k, g];
      }
    }
    if (!key || !grant) throw new AwsError("InvalidGrantTokenException", "The grant token is not valid.");
    ctx.resources.push(arnOf(key));
  } else {
    if (input.KeyId === undefined || input.GrantId === undefined) throw validationError("grantToken", undefined, "Either GrantToken or both KeyId and GrantId must be specified");
    const id = readGrantId(input);
    key = resolveKey(ctx, input, { crossAccount: true, action: null });
    grant = findGrant(key, id);
  }
  const names = [ctx.caller.arn, ctx.caller.session?.roleArn];
  const mayRetire =
    names.includes(grant.RetiringPrincipal) ||
    (names.includes(grant.GranteePrincipal) && grant.Operations.includes("RetireGrant")) ||
    policyAllows(key.policy, { caller: ctx.caller, action: "kms:RetireGrant", orgId: ctx.world.fleet.orgId });
  if (!mayRetire) throw accessDenied(ctx, "RetireGrant", arnOf(key));
  dryRun(input);
  key.grants = key.grants.filter((g) => g !== grant);
  key.expectedAccessFlags = undefined;
  return {};
}

export function revokeGrant(input: Input, ctx: KmsContext) {
  const id = readGrantId(input);
  const key = resolveKey(ctx, input, { crossAccount: true });
  const grant = findGrant(key, id);
  dryRun(input);
  key.grants = key.grants.filter((g) => g !== grant);
  key.expectedAccessFlags = undefined;
  return {};
}
