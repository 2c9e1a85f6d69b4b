"use client";

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps, type EdgeTypes } from "@xyflow/react";
import type { GraphEdge } from "@/lib/access/graph/graph-types";
import { cn } from "@/components/ui/cn";
import { RISK_COLOUR, RISK_LABEL } from "./access-graph-style";
import { routePath } from "./layout-access-graph";

export type AccessEdgeData = { edge: GraphEdge; onOpen: (id: string) => void; route?: { points: { x: number; y: number }[]; label: { x: number; y: number } } };
type AccessFlowEdge = Edge<AccessEdgeData>;

function AccessEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<AccessFlowEdge>) {
  const [bezier, midX, midY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  // dagre's route (its first and last points sit on the node borders; the handles replace them)
  const bends = data.route?.points.slice(1, -1) ?? [];
  const path = data.route ? routePath({ x: sourceX, y: sourceY }, bends, { x: targetX, y: targetY }) : bezier;
  const [labelX, labelY] = data.route ? [data.route.label.x, data.route.label.y] : [midX, midY];
  const e = data.edge;
  const colour = RISK_COLOUR[e.risk];
  const conditions = e.conditions.length ? e.conditions : ["no conditions"];
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: colour, strokeWidth: selected ? 3 : Math.min(1.5 + Math.log2(e.count), 5), strokeDasharray: e.effect === "Deny" ? "6 4" : undefined }} />
      <EdgeLabelRenderer>
        <div className="nodrag nopan group absolute" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, pointerEvents: "all" }}>
          <button
            type="button"
            onClick={() => data.onOpen(id)}
            className={cn("rounded-full border bg-surface px-2 py-0.5 text-[11px] font-medium shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-accent", selected && "ring-2 ring-accent")}
            style={{ borderColor: colour, color: colour }}
            aria-label={`${e.effect === "Deny" ? "Deny" : "Allow"} ${e.label}, ${RISK_LABEL[e.risk]}${e.flags.length ? `, flags: ${e.flags.join(", ")}` : ""}. Conditions: ${conditions.join("; ")}`}
            data-testid="graph-edge-label"
            data-edge-id={id}
          >
            {e.effect === "Deny" ? "deny " : ""}
            {e.label}
          </button>
          <div role="tooltip" className="pointer-events-none absolute left-1/2 top-full z-10 mt-1 hidden w-72 -translate-x-1/2 rounded-md border border-border bg-surface p-2 text-xs text-fg shadow-lg group-hover:block group-focus-within:block">
            <p className="mb-1 font-medium">Conditions</p>
            <ul className="space-y-0.5 font-mono">
              {conditions.slice(0, 6).map((c) => (
                <li key={c} className="break-all">
                  {c}
                </li>
              ))}
              {conditions.length > 6 ? <li className="text-muted">and {conditions.length - 6} more</li> : null}
            </ul>
          </div>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const ACCESS_EDGE_TYPES: EdgeTypes = { access: AccessEdge };
