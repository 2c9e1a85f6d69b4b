import { restrictsCaller, sparedBy } from "./caller-conditions";
import type { Principal } from "./classify-principal";
import type { Statement } from "./parse-policy";
import type { AccessEdge, PolicyCondition } from "./types";

/** An edge while it is being built: the restrictions on who the caller is, as AND of OR-groups. */
export type DraftEdge = Omit<AccessEdge, "flags"> & { groups: PolicyCondition[][]; notPrincipal: boolean };

const EVERYONE: Principal = { principal: "*", principalType: "everyone", accountId: null };

/** One edge per principal of each statement; a NotPrincipal statement applies to everyone but those listed. */
function statementEdges(s: Statement): DraftEdge[] {
  const principals = s.notPrincipal ? [EVERYONE] : s.principals;
  const groups = s.effect === "Allow" ? s.conditions.filter(restrictsCaller).map((c) => [c]) : [];
  // Properties written out rather than spread: spreading is the model's hot spot over a large fleet.
  return principals.map((p) => ({
    principal: p.principal,
    principalType: p.principalType,
    accountId: p.accountId,
    operations: s.operations,
    effect: s.effect,
    source: s.source,
    conditions: s.conditions,
    restrictedBy: [],
    groups,
    notPrincipal: s.notPrincipal,
  }));
}

/** Whether a Deny's principals include the edge's principal (an account covers everyone in it). */
function named(deny: Statement, edge: DraftEdge): boolean {
  return deny.principals.some(
    (p) => p.principalType === "everyone" || p.principal === edge.principal || (p.principalType === "account" && p.accountId === edge.accountId && edge.principalType !== "everyone"),
  );
}

/** The principals a NotPrincipal Deny spares, written as the conditions that would spare them. */
const asCondition = (p: Principal): PolicyCondition =>
  p.principalType === "account"
    ? { operator: "StringEquals", key: "kms:CallerAccount", value: p.accountId }
    : p.accountId
      ? { operator: "ArnEquals", key: "aws:PrincipalArn", value: p.principal }
      : { operator: "StringEquals", key: "aws:PrincipalServiceName", value: p.principal };

/**
 * A Deny as AWS evaluates it: without conditions it takes the operations it covers away; when its
 * conditions only deny callers outside some identity (Deny-unless), or it denies everyone but its
 * NotPrincipal, the covered operations remain for the callers it spares, so they are restricted;
 * any other condition leaves the Allow as it is.
 */
function applyDeny(deny: Statement, edges: DraftEdge[]): DraftEdge[] {
  const spared = deny.conditions.map(sparedBy);
  const unconditional = deny.conditions.length === 0;
  const denyUnless = !unconditional && spared.every((c) => c !== null);
  if (!unconditional && !denyUnless) return edges;
  const denied = new Set(deny.operations);
  return edges.flatMap((edge) => {
    if (edge.effect === "Deny") return [edge];
    const sparesSome = deny.notPrincipal && edge.principalType === "everyone";
    if (deny.notPrincipal ? named(deny, edge) && !sparesSome : !named(deny, edge)) return [edge];
    const covered = edge.operations.filter((op) => denied.has(op));
    if (covered.length === 0) return [edge];
    const group = [...(spared as PolicyCondition[]), ...(sparesSome ? deny.principals.map(asCondition) : [])];
    const rest = { ...edge, operations: edge.operations.filter((op) => !denied.has(op)) };
    const restricted = group.length === 0 ? [] : [{ ...edge, operations: covered, restrictedBy: [...edge.restrictedBy, deny.source], groups: [...edge.groups, group] }];
    return [...restricted, rest].filter((e) => e.operations.length > 0);
  });
}

/** Allow and Deny edges of a policy's statements, with its Deny statements applied to the Allows. */
export function policyEdges(statements: readonly Statement[]): DraftEdge[] {
  let edges = statements.flatMap(statementEdges).filter((e) => e.operations.length > 0);
  for (const deny of statements) if (deny.effect === "Deny") edges = applyDeny(deny, edges);
  return edges;
}
