import { operationGroup } from "../operation-group";
import type { AccessEdge, Flag, OperationGroup } from "../types";
import { FLAG_ORDER } from "../analyse-key-access";
import { describeCondition } from "./describe-condition";
import { edgeRisk, worstRisk } from "./edge-risk";
import type { AccessGraph, GraphEdge, GraphNode, PrincipalGroup, SourceKind } from "./graph-types";
import { groupPrincipal } from "./group-principal";
import { principalLabel } from "./principal-label";

export type BuildOptions = {
  keyArn: string;
  keyLabel: string;
  accountNames: Readonly<Record<string, string>>;
  /** A group with more principals than this is drawn as one node with a count, unless expanded. */
  collapseAbove: number;
  /** Groups (`<side>|<group id>`) the reader opened. */
  expanded: ReadonlySet<string>;
  /** How many edges there were before filtering, for "n of m shown". */
  totalEdges?: number;
};

const GROUP_ORDER: OperationGroup[] = ["use", "manage", "grant"];
const sideOf = (e: AccessEdge): SourceKind => (e.source.startsWith("grant:") ? "grant" : "policy");
const keyAccountOf = (arn: string) => /^arn:aws[a-z-]*:kms:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? null;

function edgeLabel(groups: readonly OperationGroup[], count: number, side: SourceKind): string {
  const what = groups.join(" · ") || "no key operation";
  if (count === 1) return what;
  return `${what} (${count} ${side === "grant" ? "grants" : "statements"})`;
}

/**
 * The access model as a graph: the key, principals grouped by account (or AWS services, or
 * everyone) on the side of their source (policy statements on the left, grants on the right), and
 * one aggregated edge per node and effect, labelled with its operation groups and counts.
 * Positions are left to a layout engine.
 */
export function buildAccessGraph(edges: readonly AccessEdge[], o: BuildOptions): AccessGraph {
  const keyAccount = keyAccountOf(o.keyArn);
  const groupsOf = new Map<string, { group: PrincipalGroup; side: SourceKind; principals: Set<string> }>();
  const placed = edges.map((e) => {
    const side = sideOf(e);
    const group = groupPrincipal(e, o.accountNames, keyAccount);
    const gid = `${side}|${group.id}`;
    const entry = groupsOf.get(gid) ?? { group, side, principals: new Set<string>() };
    entry.principals.add(e.principal);
    groupsOf.set(gid, entry);
    return { e, side, group, gid };
  });
  const collapsed = (gid: string) => (groupsOf.get(gid)?.principals.size ?? 0) > o.collapseAbove && !o.expanded.has(gid);

  const byEdge = new Map<string, { nodeId: string; side: SourceKind; effect: "Allow" | "Deny"; members: AccessEdge[] }>();
  const nodeOf = new Map<string, { side: SourceKind; group: PrincipalGroup; gid: string; principal: AccessEdge | null }>();
  for (const { e, side, group, gid } of placed) {
    const nodeId = collapsed(gid) ? `${side}|g|${group.id}` : `${side}|p|${e.principal}`;
    if (!nodeOf.has(nodeId)) nodeOf.set(nodeId, { side, group, gid, principal: collapsed(gid) ? null : e });
    const id = `${nodeId}|${e.effect}`;
    const agg = byEdge.get(id) ?? { nodeId, side, effect: e.effect, members: [] };
    agg.members.push(e);
    byEdge.set(id, agg);
  }

  const graphEdges: GraphEdge[] = [...byEdge.entries()].map(([id, a]) => {
    const operations = [...new Set(a.members.flatMap((m) => m.operations))];
    const groups = GROUP_ORDER.filter((g) => operations.some((op) => operationGroup(op) === g));
    const flags: Flag[] = FLAG_ORDER.filter((f) => a.members.some((m) => m.flags.includes(f)));
    const count = new Set(a.members.map((m) => m.source)).size;
    const conditions = [...new Set(a.members.flatMap((m) => m.conditions.map(describeCondition)))];
    const [source, target] = a.side === "policy" ? [a.nodeId, "key"] : ["key", a.nodeId];
    const risk = edgeRisk(a.members);
    return { id, source, target, nodeId: a.nodeId, sourceKind: a.side, effect: a.effect, groups, operations, flags, risk, label: edgeLabel(groups, count, a.side), count, members: a.members, conditions };
  });

  const risksOf = (nodeId: string) => graphEdges.filter((g) => g.nodeId === nodeId).map((g) => g.risk);
  const nodes: GraphNode[] = [{ id: "key", kind: "key", label: o.keyLabel, sublabel: o.keyArn }];
  for (const [id, n] of nodeOf) {
    const risk = worstRisk(risksOf(id));
    if (n.principal) {
      const sublabel = n.group.kind === "account" ? n.group.label : n.group.kind === "services" ? "AWS service" : n.group.label;
      nodes.push({ id, kind: "principal", label: principalLabel(n.principal), sublabel, principal: n.principal.principal, group: n.group, side: n.side, risk });
    } else {
      const principals = groupsOf.get(n.gid)?.principals.size ?? 0;
      nodes.push({ id, kind: "group", label: n.group.label, sublabel: `${principals} principals`, group: n.group, side: n.side, principals, risk });
    }
  }
  return { nodes, edges: graphEdges, shownEdges: edges.length, totalEdges: o.totalEdges ?? edges.length };
}
