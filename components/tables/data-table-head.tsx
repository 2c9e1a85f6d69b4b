"use client";

import type { RowData } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { DataColumn, ServerSort } from "./data-column";
import type { DataTableModel } from "./use-data-table";

type Props<T extends RowData> = { model: DataTableModel<T>; sort?: ServerSort; grid?: string; className?: string };

/** The header row: column names, and a button on each column the server can sort by. */
export function DataTableHead<T extends RowData>({ model, sort, grid, className }: Props<T>) {
  const { table, column } = model;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <thead role="rowgroup" className={cn(grid && "sticky top-0 z-20 grid", className)}>
      <tr role="row" aria-rowindex={1} className={cn(grid && "grid")} style={grid ? { gridTemplateColumns: grid } : undefined}>
        {headers.map((h) => {
          const col = column(h.column.id);
          const sorted = h.column.getIsSorted();
          return (
            <th
              key={h.id}
              role="columnheader"
              scope="col"
              aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
              className={cn(
                "px-3 py-2 text-left font-medium",
                grid && "flex h-10 items-center",
                col.className,
                col.headerClassName,
                col.sticky && "sticky left-0 z-10 border-r border-border bg-surface-2",
              )}
            >
              {h.column.getCanSort() && sort ? <SortButton header={col.header} sorted={sorted} onClick={() => sort.onSort(col.id)} /> : <Label col={col} />}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

function Label<T extends RowData>({ col }: { col: DataColumn<T> }) {
  return col.headerHidden ? <span className="sr-only">{col.header}</span> : <>{col.header}</>;
}

function SortButton({ header, sorted, onClick }: { header: string; sorted: false | "asc" | "desc"; onClick: () => void }) {
  const Icon = sorted ? (sorted === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
  return (
    <button type="button" onClick={onClick} className={cn("inline-flex items-center gap-1 uppercase hover:text-fg", sorted && "text-fg")}>
      {header}
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{sorted ? `, sorted ${sorted === "asc" ? "ascending" : "descending"}; activate to reverse` : ", activate to sort"}</span>
    </button>
  );
}
