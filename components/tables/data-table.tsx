"use client";

import type { RowData } from "@tanstack/react-table";
import { useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { ColumnVisibility } from "./column-visibility";
import type { DataColumn, RowAttributes, ServerSort } from "./data-column";
import { DataTableHead } from "./data-table-head";
import { DataTableRow } from "./data-table-row";
import { useDataTable } from "./use-data-table";
import { useRowFocus } from "./use-row-focus";
import { VirtualDataTable, type VirtualOptions } from "./virtual-data-table";

export type DataTableProps<T extends RowData> = {
  columns: DataColumn<T>[];
  rows: T[];
  rowId: (row: T) => string;
  /** The table's accessible name (or give a `caption`). */
  label?: string;
  caption?: string;
  /** The caption names the table for screen readers only. */
  captionHidden?: boolean;
  /** Opens a row (Enter, or a click outside its links); makes the table a keyboard grid. */
  onOpen?: (row: T) => void;
  rowTestId?: string;
  rowAttributes?: (row: T) => RowAttributes;
  sort?: ServerSort;
  columnVisibility?: ColumnVisibility;
  /** Long lists: rows rendered as they scroll into view, more pages fetched near the end. */
  virtual?: VirtualOptions;
  className?: string;
  headClassName?: string;
};

/**
 * Every list of the app: a real table (TanStack Table for columns, visibility and the sort it
 * shows), virtualized for long lists, a keyboard grid when its rows open something.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  if (props.virtual) return <VirtualDataTable {...props} virtual={props.virtual} />;
  return <StaticDataTable {...props} />;
}

function StaticDataTable<T extends RowData>({ columns, rows, rowId, label, caption, captionHidden, onOpen, rowTestId, rowAttributes, sort, columnVisibility, className, headClassName }: DataTableProps<T>) {
  const model = useDataTable(columns, rows, rowId, sort, columnVisibility);
  const ref = useRef<HTMLTableElement>(null);
  const focus = useRowFocus(rows.length, ref);
  const grid = onOpen !== undefined;
  return (
    <table ref={ref} role={grid ? "grid" : undefined} aria-label={label} className={cn("w-full text-sm", className)}>
      {caption ? <caption className={captionHidden ? "sr-only" : "mb-1 text-left text-xs font-semibold uppercase tracking-wide text-muted"}>{caption}</caption> : null}
      <DataTableHead model={model} sort={sort} className={cn("text-left text-xs text-muted", headClassName)} />
      <tbody>
        {model.table.getRowModel().rows.map((row, index) => (
          <DataTableRow key={row.id} model={model} row={row} index={index} focus={grid ? focus : undefined} onOpen={onOpen} testId={rowTestId} attributes={rowAttributes?.(row.original)} />
        ))}
      </tbody>
    </table>
  );
}
