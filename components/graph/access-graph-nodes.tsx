"use client";

import { Handle, Position, type Node, type NodeProps, type NodeTypes } from "@xyflow/react";
import { Globe, KeyRound, Server, Users, UserRound } from "lucide-react";
import type { GraphNode } from "@/lib/access/graph/graph-types";
import { cn } from "@/components/ui/cn";
import { RISK_COLOUR } from "./access-graph-style";

export type AccessNodeData = { node: GraphNode };
type AccessFlowNode = Node<AccessNodeData>;

const hidden = "!h-2 !w-2 !min-w-0 !border-0 !bg-transparent";

function Frame({ node, selected, icon }: { node: GraphNode; selected: boolean; icon: React.ReactNode }) {
  const risk = node.kind === "key" ? null : node.risk;
  return (
    <div
      className={cn(
        "flex h-[60px] w-[240px] items-center gap-2.5 rounded-lg border bg-surface px-3 text-left shadow-sm",
        node.kind === "key" ? "border-accent bg-accent/10" : "border-border",
        node.kind === "group" && "border-dashed",
        selected && "ring-2 ring-accent ring-offset-2 ring-offset-bg",
      )}
      style={risk && risk !== "low" && risk !== "deny" ? { borderLeft: `4px solid ${RISK_COLOUR[risk]}` } : undefined}
      data-testid="graph-node"
      data-node-kind={node.kind}
    >
      <span className="shrink-0 text-muted">{icon}</span>
      <span className="min-w-0">
        <span className="block truncate text-sm font-medium" title={node.kind === "principal" ? node.principal : node.label}>
          {node.label}
        </span>
        <span className="block truncate text-xs text-muted" title={node.sublabel}>
          {node.sublabel}
        </span>
      </span>
    </div>
  );
}

function KeyNode({ data, selected }: NodeProps<AccessFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} className={hidden} isConnectable={false} />
      <Frame node={data.node} selected={selected} icon={<KeyRound className="size-5 text-accent" aria-hidden />} />
      <Handle type="source" position={Position.Right} className={hidden} isConnectable={false} />
    </>
  );
}

function iconOf(node: GraphNode) {
  if (node.kind === "key") return null;
  if (node.group.kind === "everyone") return <Globe className="size-4 text-danger" aria-hidden />;
  if (node.group.kind === "services") return <Server className="size-4" aria-hidden />;
  return node.kind === "group" ? <Users className="size-4" aria-hidden /> : <UserRound className="size-4" aria-hidden />;
}

function PrincipalNode({ data, selected }: NodeProps<AccessFlowNode>) {
  const side = data.node.kind === "key" ? "policy" : data.node.side;
  return (
    <>
      {side === "grant" ? <Handle type="target" position={Position.Left} className={hidden} isConnectable={false} /> : null}
      <Frame node={data.node} selected={selected} icon={iconOf(data.node)} />
      {side === "policy" ? <Handle type="source" position={Position.Right} className={hidden} isConnectable={false} /> : null}
    </>
  );
}

// Module level, so React Flow does not see new node types on every render.
export const ACCESS_NODE_TYPES: NodeTypes = { key: KeyNode, principal: PrincipalNode, cluster: PrincipalNode };
