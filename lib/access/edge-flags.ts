import { callerScope, type Trust } from "./caller-scope";
import { grantsForAwsResourcesOnly } from "./caller-conditions";
import { CRYPTO_OPERATIONS } from "./kms-operations";
import type { DraftEdge } from "./policy-edges";
import type { AccessFinding, Flag, PolicyCondition } from "./types";

export type EdgeContext = Trust & { keyAccount: string | null; awsManaged: boolean };

const ADMIN = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"];

function wideAdmin(edge: DraftEdge, ctx: EdgeContext): string | null {
  if (edge.principalType === "account" && edge.accountId === ctx.keyAccount) return null;
  const ops = edge.operations.filter((op) => ADMIN.includes(op));
  if (edge.operations.includes("kms:CreateGrant") && !grantsForAwsResourcesOnly(edge.conditions as PolicyCondition[])) ops.push("kms:CreateGrant");
  if (ops.length === 0) return null;
  return `${edge.principal} is allowed ${ops.join(", ")}${ops.includes("kms:CreateGrant") ? " (CreateGrant without kms:GrantIsForAWSResource)" : ""}`;
}

/** The flags of one Allow edge, each with its one-line explanation. */
export function edgeFindings(edge: DraftEdge, ctx: EdgeContext): AccessFinding[] {
  if (edge.effect === "Deny") return [];
  const found: AccessFinding[] = [];
  const add = (flag: Flag, explanation: string) => found.push({ flag, source: edge.source, explanation });
  const isGrant = edge.source.startsWith("grant:");
  const scope = callerScope(edge.groups, ctx);
  if (edge.principalType === "everyone" && scope.scope === "none") {
    add("public", edge.notPrincipal ? "NotPrincipal with Allow lets in everyone not listed, with no condition on who the caller is" : "the principal is everyone and no condition restricts who the caller is");
  } else if (scope.scope === "foreign") {
    add("cross-account", `callers from ${scope.detail} are let in; it is not the key's, inventoried or trusted`);
  } else if (edge.accountId && !ctx.isKnownAccount(edge.accountId) && scope.scope !== "known") {
    add("cross-account", `${edge.principal} is in account ${edge.accountId}, which is not the key's, inventoried or trusted`);
  }
  if (!isGrant && !ctx.awsManaged) {
    const admin = wideAdmin(edge, ctx);
    if (admin) add("wide-admin", admin);
  }
  if (isGrant && edge.operations.some((op) => CRYPTO_OPERATIONS.has(op)) && edge.conditions.length === 0) {
    add("unconstrained-grant", "the grant allows cryptographic operations with no encryption context constraint");
  }
  if (isGrant && edge.operations.includes("kms:CreateGrant")) add("grant-onward", `the grant lets ${edge.principal} create grants of its own`);
  return found;
}
