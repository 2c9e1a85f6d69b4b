"use client";

import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";

type Tag = KeyDetail["tags"][number];

const TAG_COLUMNS: DataColumn<Tag>[] = [
  { id: "key", header: "TagKey", className: "px-5 py-1.5 font-medium", headerClassName: "py-2", cell: (t) => t.key },
  { id: "value", header: "TagValue", className: "break-all px-5 py-1.5", headerClassName: "py-2", cell: (t) => t.value },
];

export function KeyTagTable({ tags }: { tags: Tag[] }) {
  return <DataTable label="Tags" columns={TAG_COLUMNS} rows={tags} rowId={(t) => t.key} />;
}
