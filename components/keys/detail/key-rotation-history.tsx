"use client";

import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { formatDateTime } from "@/components/ui/format";

type Rotation = KeyDetail["rotation"]["history"][number];

const HISTORY_COLUMNS: DataColumn<Rotation>[] = [
  { id: "date", header: "Date", className: "px-0 py-1.5", headerClassName: "py-1", cell: (h) => formatDateTime(h.date) },
  { id: "type", header: "Type", className: "px-0 py-1.5", headerClassName: "py-1", cell: (h) => h.type ?? "—" },
];

export function KeyRotationHistory({ history }: { history: Rotation[] }) {
  return <DataTable caption="Rotation history (newest first)" columns={HISTORY_COLUMNS} rows={history} rowId={(h) => h.date} />;
}
