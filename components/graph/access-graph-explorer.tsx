"use client";

import "@xyflow/react/dist/style.css";
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node, type OnSelectionChangeParams } from "@xyflow/react";
import { useTheme } from "next-themes";
import { useCallback, useMemo, useState } from "react";
import type { AccessEdge, Flag } from "@/lib/access";
import { buildAccessGraph } from "@/lib/access/graph/build-access-graph";
import { filterAccessEdges, NO_FILTER } from "@/lib/access/graph/filter-access-edges";
import type { AccessGraphFilter } from "@/lib/access/graph/graph-types";
import { Button } from "@/components/ui/button";
import { AccessFilters } from "./access-filters";
import { ACCESS_EDGE_TYPES, type AccessEdgeData } from "./access-graph-edge";
import { ACCESS_NODE_TYPES, type AccessNodeData } from "./access-graph-nodes";
import { RISK_COLOUR } from "./access-graph-style";
import { AccessSidePanel, type Selection } from "./access-side-panel";
import { AccessTable } from "./access-table";
import { layoutAccessGraph } from "./layout-access-graph";

type Props = { keyArn: string; keyLabel: string; edges: AccessEdge[]; flags: Flag[]; accountNames: Record<string, string>; documents: Record<string, unknown> };

// More principals than this in one account (or among services) are drawn as one node with a count.
const COLLAPSE_ABOVE = 6;
// The table's first rows; the rest on request, so a key with hundreds of grants opens fast.
const TABLE_ROWS = 50;

export function AccessGraphExplorer({ keyArn, keyLabel, edges, flags, accountNames, documents }: Props) {
  const { resolvedTheme } = useTheme();
  const [filter, setFilter] = useState<AccessGraphFilter>(NO_FILTER);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [allRows, setAllRows] = useState(false);

  const filtered = useMemo(() => filterAccessEdges(edges, filter), [edges, filter]);
  const graph = useMemo(
    () => buildAccessGraph(filtered, { keyArn, keyLabel, accountNames, collapseAbove: COLLAPSE_ABOVE, expanded, totalEdges: edges.length }),
    [filtered, keyArn, keyLabel, accountNames, expanded, edges.length],
  );
  const layout = useMemo(() => layoutAccessGraph(graph.nodes, graph.edges), [graph]);
  const open = useCallback((id: string) => setSelectedId(id), []);

  const flowNodes = useMemo<Node<AccessNodeData>[]>(
    () => graph.nodes.map((n) => ({ id: n.id, type: n.kind === "group" ? "cluster" : n.kind, position: layout.nodes.get(n.id) ?? { x: 0, y: 0 }, data: { node: n }, selected: n.id === selectedId, ariaLabel: `${n.label}, ${n.sublabel}` })),
    [graph, layout, selectedId],
  );
  const flowEdges = useMemo<Edge<AccessEdgeData>[]>(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: "access",
        data: { edge: e, onOpen: open, route: layout.edges.get(e.id) },
        selected: e.id === selectedId,
        markerEnd: { type: MarkerType.ArrowClosed, color: RISK_COLOUR[e.risk] },
        ariaLabel: `${e.effect} ${e.label}`,
      })),
    [graph, layout, selectedId, open],
  );

  const onSelectionChange = useCallback(({ nodes, edges: es }: OnSelectionChangeParams) => {
    const id = es[0]?.id ?? nodes[0]?.id;
    if (id) setSelectedId(id);
  }, []);

  const selection: Selection | null = useMemo(() => {
    if (!selectedId) return null;
    const edge = graph.edges.find((e) => e.id === selectedId);
    if (edge) return { kind: "edge", edge };
    const node = graph.nodes.find((n) => n.id === selectedId);
    return node ? { kind: "node", node, edges: graph.edges.filter((e) => e.nodeId === node.id) } : null;
  }, [graph, selectedId]);

  const groupKey = selection?.kind === "node" && selection.node.kind !== "key" ? `${selection.node.side}|${selection.node.group.id}` : null;
  const toggleGroup = () => {
    if (!groupKey) return;
    const next = new Set(expanded);
    if (next.has(groupKey)) next.delete(groupKey);
    else next.add(groupKey);
    setExpanded(next);
    setSelectedId(null);
  };

  return (
    <div className="space-y-4">
      <AccessFilters filter={filter} flags={flags} onChange={setFilter} />
      <p className="text-xs text-muted" aria-live="polite" data-testid="graph-counts">
        {graph.shownEdges} of {graph.totalEdges} access edges · {graph.nodes.length - 1} principals or groups · {graph.edges.length} drawn edges. Policy statements on the left of the key, grants on the right.
        <span className="ml-2 inline-flex items-center gap-3">
          {(["high", "medium", "low"] as const).map((r) => (
            <span key={r} className="inline-flex items-center gap-1">
              <span className="inline-block h-0.5 w-4" style={{ background: RISK_COLOUR[r] }} aria-hidden />
              {r === "high" ? "public, cross-account, wide admin, onward grant" : r === "medium" ? "other flags" : "no flag"}
            </span>
          ))}
        </span>
      </p>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="h-[38rem] rounded-lg border border-border bg-surface" data-testid="access-graph" data-ready={ready ? "true" : "false"}>
          <ReactFlow
            nodes={flowNodes}
            edges={flowEdges}
            nodeTypes={ACCESS_NODE_TYPES}
            edgeTypes={ACCESS_EDGE_TYPES}
            colorMode={resolvedTheme === "dark" ? "dark" : "light"}
            onInit={() => {
              performance.mark("access-graph-ready");
              setReady(true);
            }}
            onSelectionChange={onSelectionChange}
            onPaneClick={() => setSelectedId(null)}
            nodesDraggable={false}
            nodesConnectable={false}
            fitView
            fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
            aria-label="Access graph: press Tab to move between principals and edges, Enter to open one"
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} className="[&_button]:!border-border [&_button]:!bg-surface [&_button]:!fill-fg [&_button:hover]:!bg-surface-2" />
          </ReactFlow>
        </div>
        {selection ? (
          <div className="space-y-2">
            {groupKey && selection.kind === "node" && (selection.node.kind === "group" || expanded.has(groupKey)) ? (
              <Button variant="secondary" size="sm" onClick={toggleGroup}>
                {expanded.has(groupKey) ? "Collapse this group" : `Show each of its ${selection.node.kind === "group" ? selection.node.principals : ""} principals`}
              </Button>
            ) : null}
            <AccessSidePanel selection={selection} documents={documents} onClose={() => setSelectedId(null)} />
          </div>
        ) : (
          <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">Select a principal or an edge (click it, or Tab to it and press Enter) to read its statement or grant and what it allows.</p>
        )}
      </div>
      <section className="rounded-lg border border-border bg-surface" aria-labelledby="access-table-title">
        <h2 id="access-table-title" className="border-b border-border px-5 py-3 text-sm font-semibold">
          The same, as a table
        </h2>
        <AccessTable edges={allRows ? filtered : filtered.slice(0, TABLE_ROWS)} />
        {!allRows && filtered.length > TABLE_ROWS ? (
          <div className="border-t border-border px-5 py-3">
            <Button variant="secondary" size="sm" onClick={() => setAllRows(true)}>
              Show all {filtered.length} rows
            </Button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
