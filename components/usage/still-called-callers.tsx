"use client";

import type { StillCalledKey } from "@/lib/queries/usage/get-still-called-keys";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { formatDateTime, formatNumber } from "@/components/ui/format";
import { PrincipalLabel } from "./principal-label";

type Caller = StillCalledKey["callers"][number];

const COLUMNS: DataColumn<Caller>[] = [
  { id: "caller", header: "Caller", className: "py-1.5 pl-0 pr-4", headerClassName: "py-1", cell: (c) => <PrincipalLabel arn={c.principalArn} /> },
  { id: "calls", header: "Calls", className: "py-1.5 pl-0 pr-4 text-right tabular-nums", headerClassName: "py-1", cell: (c) => formatNumber(c.calls) },
  { id: "operations", header: "Operations", className: "py-1.5 pl-0 pr-4 text-xs", headerClassName: "py-1", cell: (c) => c.operations.join(", ") },
  { id: "last", header: "Last call", className: "px-0 py-1.5 text-xs", headerClassName: "py-1", cell: (c) => formatDateTime(c.lastCallAt) },
];

const callerRow = () => ({ className: "border-danger/20" });

/** Who still calls a key on its way out. */
export function StillCalledCallers({ callers }: { callers: Caller[] }) {
  return <DataTable label="Callers" columns={COLUMNS} rows={callers} rowId={(c) => c.principalArn} rowAttributes={callerRow} />;
}
