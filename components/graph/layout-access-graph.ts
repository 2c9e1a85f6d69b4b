import dagre from "@dagrejs/dagre";
import type { GraphEdge, GraphNode } from "@/lib/access/graph/graph-types";

export const NODE_SIZE = { width: 240, height: 60 } as const;

/** Top-left positions from dagre: policy principals left of the key, grantees right of it. */
export function layoutAccessGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 150, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { ...NODE_SIZE });
  for (const e of edges) if (!g.hasEdge(e.source, e.target)) g.setEdge(e.source, e.target);
  dagre.layout(g);
  return new Map(nodes.map((n) => {
    const p = g.node(n.id);
    return [n.id, { x: p.x - NODE_SIZE.width / 2, y: p.y - NODE_SIZE.height / 2 }];
  }));
}
