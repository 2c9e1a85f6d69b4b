"use client";

import type { KeyGrantView } from "@/lib/queries/key-detail/key-detail";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
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

const principal = "break-all px-4 font-mono text-xs";

const GRANT_COLUMNS: DataColumn<KeyGrantView>[] = [
  { id: "grantee", header: "Grantee principal", className: principal, headerClassName: "font-sans", cell: (g) => g.granteePrincipal ?? "—" },
  {
    id: "operations",
    header: "Operations",
    className: "px-4",
    cell: (g) => (
      <ul className="flex flex-wrap gap-1">
        {g.operations.map((op) => (
          <li key={op} className="rounded border border-border bg-surface-2 px-1.5 py-0.5 text-xs">
            {op}
          </li>
        ))}
      </ul>
    ),
  },
  { id: "constraints", header: "Constraints", className: "px-4", cell: (g) => <Constraints g={g} /> },
  { id: "retiring", header: "Retiring principal", className: principal, headerClassName: "font-sans", cell: (g) => g.retiringPrincipal ?? "—" },
  {
    id: "name",
    header: "Name / id",
    className: "px-4",
    cell: (g) => (
      <>
        {g.name ? <span className="block">{g.name}</span> : null}
        <span className="block font-mono text-xs text-muted" title={g.grantId}>
          {g.grantId.slice(0, 12)}…
        </span>
      </>
    ),
  },
  { id: "created", header: "Created", className: "whitespace-nowrap px-4", cell: (g) => formatDate(g.creationDate) },
];

export function KeyGrants({ grants }: { grants: KeyGrantView[] }) {
  return (
    <Card id="grants">
      <CardHeader title={`Grants (${grants.length})`} description="Who else may use this key through a grant, for which operations and under which encryption context." />
      {grants.length === 0 ? (
        <p className="px-5 py-4 text-sm text-muted">No grants on this key.</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable label="Grants" columns={GRANT_COLUMNS} rows={grants} rowId={(g) => g.grantId} rowTestId="grant-row" className="min-w-[56rem] [&_tbody_tr]:align-top" headClassName="bg-surface-2" />
        </div>
      )}
    </Card>
  );
}
