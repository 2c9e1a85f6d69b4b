"use client";

import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { formatNumber } from "@/components/ui/format";
import { SyncStatusBadge } from "./sync-status-badge";

type Operation = SyncRunView["operations"][number];
type Target = SyncRunView["targets"][number];

const mono = "py-1.5 font-mono text-xs";
const number = "py-1.5 text-right tabular-nums";

const OPERATION_COLUMNS: DataColumn<Operation>[] = [
  { id: "operation", header: "Operation", className: mono, headerClassName: "font-sans", cell: (o) => o.name },
  { id: "calls", header: "Calls", className: number, cell: (o) => formatNumber(o.calls) },
  { id: "throttles", header: "Throttles", className: number, cell: (o) => <span className={o.throttles ? "text-warn" : undefined}>{formatNumber(o.throttles)}</span> },
  { id: "errors", header: "Errors", className: number, cell: (o) => <span className={o.errors ? "text-danger" : undefined}>{formatNumber(o.errors)}</span> },
];

const TARGET_COLUMNS: DataColumn<Target>[] = [
  { id: "account", header: "Account", className: mono, headerClassName: "font-sans", cell: (t) => t.accountId },
  { id: "region", header: "Region", className: mono, headerClassName: "font-sans", cell: (t) => t.region },
  { id: "status", header: "Status", className: "py-1.5", cell: (t) => <SyncStatusBadge status={t.status} /> },
  { id: "keys", header: "Keys done / listed", className: number, cell: (t) => `${formatNumber(t.keysDone)} / ${formatNumber(t.keysListed)}` },
  { id: "listing", header: "Listing", className: "py-1.5", cell: (t) => (t.listingComplete ? "complete" : <span className="text-warn">incomplete</span>) },
  { id: "note", header: "Note", className: "py-1.5 text-xs text-muted", cell: (t) => t.message },
];

export function SyncRunDetails({ run }: { run: SyncRunView }) {
  return (
    <div className="space-y-5 bg-surface-2/50 px-5 py-4 text-sm">
      {run.message ? <p>{run.message}</p> : null}
      <p className="text-muted">
        Keys: {formatNumber(run.keys.seen)} seen · {formatNumber(run.keys.created)} new · {formatNumber(run.keys.updated)} changed · {formatNumber(run.keys.deleted)} gone
      </p>
      {run.operations.length ? (
        <DataTable label="Calls per operation" columns={OPERATION_COLUMNS} rows={run.operations} rowId={(o) => o.name} className="max-w-xl tabular-nums" />
      ) : (
        <p className="text-muted">No AWS calls recorded for this run.</p>
      )}
      {run.targets.length ? (
        <DataTable label="Account-regions" columns={TARGET_COLUMNS} rows={run.targets} rowId={(t) => `${t.accountId}/${t.region}`} />
      ) : null}
      {run.errors.length ? (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-danger">
            Errors{run.errorCount > run.errors.length ? ` (first ${run.errors.length} of ${formatNumber(run.errorCount)})` : ""}
          </h4>
          <ul className="mt-1 space-y-1" aria-label="Errors">
            {run.errors.map((e, i) => (
              <li key={i} className="font-mono text-xs">
                <span className="text-danger">{e.code}</span> {[e.accountId, e.region, e.operation].filter(Boolean).join(" · ")}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
