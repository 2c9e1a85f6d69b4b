import { operationGroup } from "@/lib/access";
import type { AccessEdge } from "@/lib/access";
import { describeCondition } from "@/lib/access/graph/describe-condition";
import { Badge } from "@/components/ui/badge";

const MAX_ROWS = 1000;

/** The graph's text alternative: one row per principal and statement or grant, as filtered. A plain table (not the TanStack tables). */
export function AccessTable({ edges }: { edges: readonly AccessEdge[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-sm" aria-label="Access, as a table">
        <caption className="sr-only">Who can do what with this key: the graph as a table, with the same filters.</caption>
        <thead className="bg-surface-2 text-left text-xs text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Principal</th>
            <th scope="col" className="px-4 py-2 font-medium">Account</th>
            <th scope="col" className="px-4 py-2 font-medium">Effect</th>
            <th scope="col" className="px-4 py-2 font-medium">Operations</th>
            <th scope="col" className="px-4 py-2 font-medium">Source</th>
            <th scope="col" className="px-4 py-2 font-medium">Conditions</th>
            <th scope="col" className="px-4 py-2 font-medium">Flags</th>
          </tr>
        </thead>
        <tbody>
          {edges.slice(0, MAX_ROWS).map((e, i) => (
            <tr key={`${e.source}|${e.principal}|${i}`} className="border-t border-border align-top" data-testid="access-row">
              <td className="min-w-[16rem] break-all px-4 py-2 font-mono text-xs">{e.principal}</td>
              <td className="px-4 py-2 font-mono text-xs">{e.accountId ?? "—"}</td>
              <td className="px-4 py-2">{e.effect}</td>
              <td className="px-4 py-2 text-xs">
                {(["use", "manage", "grant"] as const)
                  .map((g) => [g, e.operations.filter((op) => operationGroup(op) === g).map((op) => op.replace(/^kms:/, ""))] as const)
                  .filter(([, ops]) => ops.length)
                  .map(([g, ops]) => (
                    <span key={g} className="block">
                      <span className="font-medium">{g}:</span> {ops.join(", ")}
                    </span>
                  ))}
              </td>
              <td className="min-w-[9rem] break-all px-4 py-2 font-mono text-xs" title={e.source}>
                {e.source.startsWith("grant:") && e.source.length > 20 ? `${e.source.slice(0, 18)}…` : e.source}
              </td>
              <td className="min-w-[14rem] break-all px-4 py-2 font-mono text-xs">{e.conditions.length ? e.conditions.map(describeCondition).join("; ") : "—"}</td>
              <td className="px-4 py-2">
                {e.flags.map((f) => (
                  <Badge key={f} tone="danger" className="mr-1">
                    {f}
                  </Badge>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {edges.length > MAX_ROWS ? <p className="px-4 py-2 text-sm text-muted">First {MAX_ROWS} of {edges.length} rows: narrow the filters to see the rest.</p> : null}
    </div>
  );
}
