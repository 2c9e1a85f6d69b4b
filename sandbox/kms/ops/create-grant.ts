import { randomBytes } from "node:crypto";
import { rootArn } from "../../core/arn";
import { AwsError } from "../../core/errors";
import { optBool, optList, optStr, reqStr, type Input } from "../../core/input";
import { readConstraints, readOperations } from "../grant-rules";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import type { Grant } from "../model";
import { resolveKey } from "../resolve-key";

const PRINCIPAL = /^[\w+=,.@:/-]+$/;
const MAX_GRANTS_PER_KEY = 50_000;

export function createGrant(input: Input, ctx: KmsContext) {
  const grantee = reqStr(input, "GranteePrincipal", { min: 1, max: 256, pattern: PRINCIPAL });
  const retiring = optStr(input, "RetiringPrincipal", { min: 1, max: 256, pattern: PRINCIPAL });
  const name = optStr(input, "Name", { min: 1, max: 256, pattern: /^[a-zA-Z0-9:/_-]+$/ });
  optList(input, "GrantTokens", 10);
  const key = resolveKey(ctx, input, { crossAccount: true });
  checkKeyState("CreateGrant", key);
  const operations = readOperations(input.Operations, key);
  const constraints = readConstraints(input.Constraints, key);
  if (optBool(input, "DryRun")) throw new AwsError("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.");

  // Same name and same terms as an existing grant: KMS returns that grant rather than a copy.
  const same = name
    ? key.grants.find(
        (g) =>
          g.Name === name &&
          g.GranteePrincipal === grantee &&
          g.RetiringPrincipal === retiring &&
          JSON.stringify(g.Operations) === JSON.stringify(operations) &&
          JSON.stringify(g.Constraints) === JSON.stringify(constraints),
      )
    : undefined;
  if (same) return result(ctx, same);
  if (key.grants.length >= MAX_GRANTS_PER_KEY) throw new AwsError("LimitExceededException", "The KMS key has reached the maximum number of grants.");
  const grant: Grant = {
    GrantId: randomBytes(32).toString("hex"),
    GrantToken: randomBytes(96).toString("base64"),
    Name: name,
    CreationDate: ctx.now,
    GranteePrincipal: grantee,
    RetiringPrincipal: retiring,
    IssuingAccount: rootArn(ctx.caller.accountId),
    Operations: operations,
    Constraints: constraints,
  };
  key.grants.push(grant);
  key.expectedAccessFlags = undefined;
  return result(ctx, grant);
}

function result(ctx: KmsContext, g: Grant) {
  ctx.trailResponse = { grantId: g.GrantId };
  return { GrantToken: g.GrantToken, GrantId: g.GrantId };
}
