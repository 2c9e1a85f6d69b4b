import { AwsError } from "../core/errors";
import { arnOf } from "./key-arn";
import type { KmsContext } from "./kms-context";
import type { KmsKey } from "./model";
import { policyAllows } from "./policy/evaluate-policy";

export function accessDenied(ctx: KmsContext, action: string, resource: string): AwsError {
  const by = ctx.caller.accountId === resource.split(":")[4] ? "no identity-based policy" : "no resource-based policy";
  return new AwsError(
    "AccessDeniedException",
    `User: ${ctx.caller.arn} is not authorized to perform: kms:${action} on resource: ${resource} because ${by} allows the kms:${action} action`,
  );
}

/** The key policy decides, as in KMS (see evaluate-policy.ts for what is modelled). */
export function authorize(ctx: KmsContext, key: KmsKey, action: string, encryptionContext?: Record<string, string>): void {
  const facts = { caller: ctx.caller, action: `kms:${action}`, orgId: ctx.world.fleet.orgId, encryptionContext };
  if (policyAllows(key.policy, facts) || grantAllows(ctx, key, action, encryptionContext)) return;
  throw accessDenied(ctx, action, arnOf(key));
}

/** A grant gives its grantee the listed operations, within its encryption context constraints. */
function grantAllows(ctx: KmsContext, key: KmsKey, action: string, context: Record<string, string> = {}): boolean {
  const names = [ctx.caller.arn, ctx.caller.session?.roleArn];
  return key.grants.some((g) => {
    if (!names.includes(g.GranteePrincipal) || !g.Operations.includes(action)) return false;
    const equals = g.Constraints?.EncryptionContextEquals;
    const subset = g.Constraints?.EncryptionContextSubset;
    if (equals && JSON.stringify(sorted(equals)) !== JSON.stringify(sorted(context))) return false;
    return !subset || Object.entries(subset).every(([k, v]) => context[k] === v);
  });
}

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
