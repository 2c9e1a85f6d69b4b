import type { AccessEdge, Flag, OperationGroup } from "../types";

export type SourceKind = "policy" | "grant";
export type Risk = "high" | "medium" | "low" | "deny";

/** Where a principal sits on the graph: one account, the AWS services, everyone, or other identities. */
export type PrincipalGroup = { id: string; kind: "account" | "services" | "everyone" | "other"; label: string; accountId: string | null };

export type GraphNode =
  | { id: "key"; kind: "key"; label: string; sublabel: string }
  | { id: string; kind: "principal"; label: string; sublabel: string; principal: string; group: PrincipalGroup; side: SourceKind; risk: Risk }
  | { id: string; kind: "group"; label: string; sublabel: string; group: PrincipalGroup; side: SourceKind; principals: number; risk: Risk };

/** One drawn edge: every access edge between one node and the key from one kind of source, with one effect. */
export type GraphEdge = {
  id: string;
  /** Policy edges point from the principal to the key; grant edges from the key to the grantee. */
  source: string;
  target: string;
  nodeId: string;
  sourceKind: SourceKind;
  effect: "Allow" | "Deny";
  groups: OperationGroup[];
  operations: string[];
  flags: Flag[];
  risk: Risk;
  label: string;
  /** How many statements or grants it aggregates. */
  count: number;
  members: AccessEdge[];
  conditions: string[];
};

export type AccessGraphFilter = { groups: readonly OperationGroup[]; sources: readonly SourceKind[]; flags: readonly Flag[]; search: string };

export type AccessGraph = { nodes: GraphNode[]; edges: GraphEdge[]; shownEdges: number; totalEdges: number };
