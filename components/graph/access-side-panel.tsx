"use client";

import { X } from "lucide-react";
import { describeAccessEdge } from "@/lib/access/graph/describe-access-edge";
import type { GraphEdge, GraphNode } from "@/lib/access/graph/graph-types";
import { Badge } from "@/components/ui/badge";

export type Selection = { kind: "edge"; edge: GraphEdge } | { kind: "node"; node: GraphNode; edges: GraphEdge[] };

const MAX_SOURCES = 25;

function Sources({ edges, documents }: { edges: readonly GraphEdge[]; documents: Readonly<Record<string, unknown>> }) {
  const members = edges.flatMap((e) => e.members);
  const sources = [...new Set(members.map((m) => m.source))];
  return (
    <div className="space-y-4">
      {sources.slice(0, MAX_SOURCES).map((source) => {
        const own = members.filter((m) => m.source === source);
        return (
          <section key={source} className="space-y-2" aria-label={source}>
            <h3 className="break-all font-mono text-xs font-semibold">{source.startsWith("grant:") ? `Grant ${source.slice(6)}` : `Statement ${source.slice(7)}`}</h3>
            <ul className="space-y-1 text-sm">
              {own.map((m, i) => (
                <li key={i} data-testid="access-sentence">
                  {describeAccessEdge(m)}
                  {m.flags.map((f) => (
                    <Badge key={f} tone="danger" className="ml-1">
                      {f}
                    </Badge>
                  ))}
                </li>
              ))}
            </ul>
            <pre className="max-h-64 overflow-auto rounded-md bg-surface-2 p-2 font-mono text-[11px] leading-relaxed" data-testid="source-document" tabIndex={0} aria-label={`${source} as written`}>
              {JSON.stringify(documents[source] ?? null, null, 2)}
            </pre>
          </section>
        );
      })}
      {sources.length > MAX_SOURCES ? <p className="text-sm text-muted">and {sources.length - MAX_SOURCES} more: narrow the filters, or read them in the table below.</p> : null}
    </div>
  );
}

export function AccessSidePanel({ selection, documents, onClose }: { selection: Selection; documents: Readonly<Record<string, unknown>>; onClose: () => void }) {
  const title = selection.kind === "edge" ? `${selection.edge.effect === "Deny" ? "Deny" : "Allow"}: ${selection.edge.label}` : selection.node.label;
  const edges = selection.kind === "edge" ? [selection.edge] : selection.edges;
  return (
    <aside className="flex max-h-[40rem] flex-col rounded-lg border border-border bg-surface shadow-sm" aria-labelledby="access-panel-title" data-testid="access-side-panel">
      <div className="flex items-start justify-between gap-2 border-b border-border px-4 py-3">
        <div className="min-w-0">
          <h2 id="access-panel-title" className="break-all text-sm font-semibold">
            {title}
          </h2>
          <p className="text-xs text-muted">{selection.kind === "edge" ? `${selection.edge.count} ${selection.edge.sourceKind === "grant" ? "grant(s)" : "statement(s)"}` : selection.node.sublabel}</p>
        </div>
        <button type="button" onClick={onClose} className="rounded p-1 text-muted hover:bg-surface-2 hover:text-fg" aria-label="Close the panel">
          <X className="size-4" aria-hidden />
        </button>
      </div>
      <div className="overflow-auto p-4">{edges.length ? <Sources edges={edges} documents={documents} /> : <p className="text-sm text-muted">The key itself: select a principal or an edge.</p>}</div>
    </aside>
  );
}
