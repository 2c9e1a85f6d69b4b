import { KEY_STATES, TRANSITIONS, type LifecycleState } from "@/lib/lifecycle/key-state-machine";
import { cn } from "@/components/ui/cn";
import { edgePath, NODE, POSITIONS, VIEW } from "./state-diagram-layout";

const LABELS: Record<LifecycleState, string> = {
  Creating: "Creating",
  Enabled: "Enabled",
  Disabled: "Disabled",
  PendingImport: "PendingImport",
  PendingDeletion: "PendingDeletion",
  PendingReplicaDeletion: "PendingReplicaDeletion",
  Unavailable: "Unavailable",
  Updating: "Updating",
  deleted: "deleted",
};

type Props = {
  current: LifecycleState | null;
  /** Transitions this key has made, as "from>to". */
  taken: ReadonlySet<string>;
};

/**
 * The key-state machine with every transition AWS allows. The key's state is filled; the ways out of
 * it are drawn strong; transitions the key has made before are drawn in the accent colour.
 */
export function KeyStateDiagram({ current, taken }: Props) {
  return (
    <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} className="h-auto w-full" role="img" aria-labelledby="key-state-diagram-title">
      <title id="key-state-diagram-title">{`Key-state machine${current ? `; this key is ${current}` : ""}`}</title>
      <defs>
        {(["faint", "strong", "taken"] as const).map((kind) => (
          <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={kind === "taken" ? "fill-accent" : kind === "strong" ? "fill-fg" : "fill-muted/50"} />
          </marker>
        ))}
      </defs>
      {TRANSITIONS.map((t) => {
        const kind = taken.has(`${t.from}>${t.to}`) ? "taken" : t.from === current ? "strong" : "faint";
        return (
          <path
            key={`${t.from}>${t.to}`}
            d={edgePath(t.from, t.to).d}
            fill="none"
            markerEnd={`url(#arrow-${kind})`}
            strokeDasharray={t.byKms ? "4 3" : undefined}
            className={cn(kind === "taken" ? "stroke-accent" : kind === "strong" ? "stroke-fg" : "stroke-muted/40", kind === "faint" ? "stroke-1" : "stroke-2")}
          />
        );
      })}
      <circle cx={POSITIONS.new.x} cy={POSITIONS.new.y} r={7} className="fill-fg" />
      <text x={POSITIONS.new.x} y={POSITIONS.new.y + 24} textAnchor="middle" className="fill-muted text-[12px]">
        new key
      </text>
      {KEY_STATES.map((s) => {
        const p = POSITIONS[s];
        const isCurrent = s === current;
        return (
          <g key={s} data-state={s} aria-current={isCurrent ? "true" : undefined}>
            <rect
              x={p.x - NODE.width / 2}
              y={p.y - NODE.height / 2}
              width={NODE.width}
              height={NODE.height}
              rx={8}
              strokeDasharray={s === "deleted" ? "5 3" : undefined}
              className={cn(isCurrent ? "fill-accent stroke-accent" : "fill-surface stroke-border", "stroke-[1.5]")}
            />
            <text x={p.x} y={p.y + 4.5} textAnchor="middle" className={cn("text-[13px] font-medium", isCurrent ? "fill-white" : "fill-fg")}>
              {LABELS[s]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
