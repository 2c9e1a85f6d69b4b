import type { KeyGrantView } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";

function Constraints({ g }: { g: KeyGrantView }) {
  if (g.constraints.length === 0) return <span className="font-medium text-warn">None (any encryption context)</span>;
  return (
    <ul className="space-y-1">
      {g.constraints.map((c) => (
        <li key={c.kind}>
          <span className="text-xs text-muted">{c.kind}</span>
          <span className="block font-mono text-xs">
            {Object.entries(c.context)
              .map(([k, v]) => `${k}=${v}`)
              .join(", ")}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function KeyGrants({ grants }: { grants: KeyGrantView[] }) {
  return (
    <Card id="grants">
      <CardHeader title={`Grants (${grants.length})`} description="Who else may use this key through a grant, for which operations and under which encryption context." />
      {grants.length === 0 ? (
        <p className="px-5 py-4 text-sm text-muted">No grants on this key.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] text-sm" aria-label="Grants">
            <thead className="bg-surface-2 text-left text-xs text-muted">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Grantee principal</th>
                <th scope="col" className="px-4 py-2 font-medium">Operations</th>
                <th scope="col" className="px-4 py-2 font-medium">Constraints</th>
                <th scope="col" className="px-4 py-2 font-medium">Retiring principal</th>
                <th scope="col" className="px-4 py-2 font-medium">Name / id</th>
                <th scope="col" className="px-4 py-2 font-medium">Created</th>
              </tr>
            </thead>
            <tbody>
              {grants.map((g) => (
                <tr key={g.grantId} className="border-t border-border align-top" data-testid="grant-row">
                  <td className="break-all px-4 py-2 font-mono text-xs">{g.granteePrincipal ?? "—"}</td>
                  <td className="px-4 py-2">
                    <ul className="flex flex-wrap gap-1">
                      {g.operations.map((op) => (
                        <li key={op} className="rounded border border-border bg-surface-2 px-1.5 py-0.5 text-xs">
                          {op}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-4 py-2">
                    <Constraints g={g} />
                  </td>
                  <td className="break-all px-4 py-2 font-mono text-xs">{g.retiringPrincipal ?? "—"}</td>
                  <td className="px-4 py-2">
                    {g.name ? <span className="block">{g.name}</span> : null}
                    <span className="block font-mono text-xs text-muted" title={g.grantId}>
                      {g.grantId.slice(0, 12)}…
                    </span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-2">{formatDate(g.creationDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
