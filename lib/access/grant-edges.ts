import { classifyGrantPrincipal } from "./classify-principal";
import { KMS_OPERATIONS } from "./kms-operations";
import type { DraftEdge } from "./policy-edges";
import type { GrantConstraint, GrantInput } from "./types";

const canonical = new Map(Object.keys(KMS_OPERATIONS).flatMap((op) => [[op, `kms:${op}`] as const, [op.toLowerCase(), `kms:${op}`] as const]));
const operationName = (op: string) => canonical.get(op) ?? canonical.get(op.toLowerCase().replace(/^kms:/, "")) ?? `kms:${op}`;

function constraintsOf(g: GrantInput): GrantConstraint[] {
  const out: GrantConstraint[] = [];
  if (g.Constraints?.EncryptionContextEquals) out.push({ constraint: "EncryptionContextEquals", value: g.Constraints.EncryptionContextEquals });
  if (g.Constraints?.EncryptionContextSubset) out.push({ constraint: "EncryptionContextSubset", value: g.Constraints.EncryptionContextSubset });
  return out;
}

/** The grantee's edge (its operations, under the grant's constraints) and the retiring principal's (RetireGrant). */
export function grantEdges(grants: readonly GrantInput[]): DraftEdge[] {
  return grants.flatMap((g) => {
    const source = `grant:${g.GrantId ?? "?"}`;
    const edge = (name: string, operations: string[], conditions: GrantConstraint[]): DraftEdge => {
      const { principal, principalType, accountId } = classifyGrantPrincipal(name);
      return { principal, principalType, accountId, operations, effect: "Allow", source, conditions, restrictedBy: [], groups: [], notPrincipal: false };
    };
    const edges: DraftEdge[] = [];
    if (g.GranteePrincipal) edges.push(edge(g.GranteePrincipal, (g.Operations ?? []).map(operationName), constraintsOf(g)));
    if (g.RetiringPrincipal) edges.push(edge(g.RetiringPrincipal, ["kms:RetireGrant"], []));
    return edges;
  });
}
