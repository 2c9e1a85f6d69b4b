import dagre from "@dagrejs/dagre";
import type { GraphEdge, GraphNode } from "@/lib/access/graph/graph-types";

export const NODE_SIZE = { width: 240, height: 60 } as const;

type Point = { x: number; y: number };
export type AccessLayout = { nodes: Map<string, Point>; edges: Map<string, { points: Point[]; label: Point }> };

// Room dagre keeps for each edge label, so labels of edges that meet at the key do not overlap.
const LABEL = (e: GraphEdge) => ({ width: Math.min(60 + e.label.length * 6, 220), height: 22, labelpos: "c" });

/** Top-left node positions and edge routes from dagre: policy principals left of the key, grantees right of it. */
export function layoutAccessGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): AccessLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 60, edgesep: 12, marginx: 16, marginy: 16 });
  for (const n of nodes) g.setNode(n.id, { ...NODE_SIZE });
  for (const e of edges) g.setEdge(e.source, e.target, LABEL(e), e.id);
  dagre.layout(g);
  const placed = new Map<string, Point>();
  for (const n of nodes) {
    const p = g.node(n.id);
    placed.set(n.id, { x: p.x - NODE_SIZE.width / 2, y: p.y - NODE_SIZE.height / 2 });
  }
  const routes = new Map<string, { points: Point[]; label: Point }>();
  for (const e of edges) {
    const d = g.edge({ v: e.source, w: e.target, name: e.id }) as { points?: Point[]; x?: number; y?: number } | undefined;
    if (d?.points && d.x !== undefined && d.y !== undefined) routes.set(e.id, { points: d.points, label: { x: d.x, y: d.y } });
  }
  return { nodes: placed, edges: routes };
}

/** A smooth SVG path from the source handle through dagre's bends to the target handle. */
export function routePath(from: Point, bends: readonly Point[], to: Point): string {
  const points = [from, ...bends, to];
  let d = `M ${from.x} ${from.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const next = points[i + 1]!;
    d += ` Q ${p.x} ${p.y} ${(p.x + next.x) / 2} ${(p.y + next.y) / 2}`;
  }
  return `${d} L ${to.x} ${to.y}`;
}
