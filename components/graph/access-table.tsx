"use client";

import { operationGroup } from "@/lib/access";
import type { AccessEdge } from "@/lib/access";
import { describeCondition } from "@/lib/access/graph/describe-condition";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { Badge } from "@/components/ui/badge";

const MAX_ROWS = 1000;

type Row = AccessEdge & { position: number };

const mono = "px-4 py-2 font-mono text-xs";
const head = "px-4 py-2";

function Operations({ edge }: { edge: AccessEdge }) {
  return (["use", "manage", "grant"] as const)
    .map((g) => [g, edge.operations.filter((op) => operationGroup(op) === g).map((op) => op.replace(/^kms:/, ""))] as const)
    .filter(([, ops]) => ops.length)
    .map(([g, ops]) => (
      <span key={g} className="block">
        <span className="font-medium">{g}:</span> {ops.join(", ")}
      </span>
    ));
}

const COLUMNS: DataColumn<Row>[] = [
  { id: "principal", header: "Principal", rowHeader: true, headerClassName: head, className: `min-w-[16rem] break-all ${mono}`, cell: (e) => e.principal },
  { id: "account", header: "Account", headerClassName: head, className: mono, cell: (e) => e.accountId ?? "—" },
  { id: "effect", header: "Effect", headerClassName: head, className: "px-4 py-2", cell: (e) => e.effect },
  { id: "operations", header: "Operations", headerClassName: head, className: "px-4 py-2 text-xs", cell: (e) => <Operations edge={e} /> },
  {
    id: "source",
    header: "Source",
    headerClassName: head,
    className: `min-w-[9rem] break-all ${mono}`,
    cell: (e) => <span title={e.source}>{e.source.startsWith("grant:") && e.source.length > 20 ? `${e.source.slice(0, 18)}…` : e.source}</span>,
  },
  { id: "conditions", header: "Conditions", headerClassName: head, className: `min-w-[14rem] break-all ${mono}`, cell: (e) => (e.conditions.length ? e.conditions.map(describeCondition).join("; ") : "—") },
  {
    id: "flags",
    header: "Flags",
    headerClassName: head,
    className: "px-4 py-2",
    cell: (e) =>
      e.flags.map((f) => (
        <Badge key={f} tone="danger" className="mr-1">
          {f}
        </Badge>
      )),
  },
];

/** The graph's text alternative: one row per principal and statement or grant, as filtered. */
export function AccessTable({ edges }: { edges: readonly AccessEdge[] }) {
  const rows = edges.slice(0, MAX_ROWS).map((e, position) => ({ ...e, position }));
  return (
    <div className="overflow-x-auto">
      <DataTable
        label="Access, as a table"
        caption="Who can do what with this key: the graph as a table, with the same filters."
        captionHidden
        columns={COLUMNS}
        rows={rows}
        rowId={(r) => String(r.position)}
        rowTestId="access-row"
        className="min-w-[56rem] [&_tbody_tr]:align-top"
        headClassName="bg-surface-2"
      />
      {edges.length > MAX_ROWS ? <p className="px-4 py-2 text-sm text-muted">First {MAX_ROWS} of {edges.length} rows: narrow the filters to see the rest.</p> : null}
    </div>
  );
}
