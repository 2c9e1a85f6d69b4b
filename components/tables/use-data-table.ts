"use client";

import { useMemo } from "react";
import { columnVisibilityFeature, rowSortingFeature, tableFeatures, useTable, type ColumnDef, type Row, type RowData, type SortingState } from "@tanstack/react-table";
import type { ColumnVisibility } from "./column-visibility";
import type { DataColumn, ServerSort } from "./data-column";

const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature });
const NO_SORT: SortingState = [];
const ALL_SHOWN: ColumnVisibility = {};

/**
 * The TanStack table behind a DataTable: visible columns, their headers and the sort it shows.
 * Sorting is manual: rows arrive in the server's order and stay in it.
 */
export function useDataTable<T extends RowData>(columns: DataColumn<T>[], rows: T[], rowId: (row: T) => string, sort?: ServerSort, visibility?: ColumnVisibility) {
  const defs = useMemo<ColumnDef<typeof features, T>[]>(
    // The value of each cell is its row (cells render from several fields); TanStack only sorts columns with an accessor.
    () => columns.map((c) => ({ id: c.id, header: c.header, accessorFn: (row: T) => row, cell: ({ row }) => c.cell(row.original), enableSorting: c.sortable === true, enableHiding: c.hideable !== false })),
    [columns],
  );
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.id, desc: sort.dir === "desc" }] : NO_SORT), [sort]);
  const table = useTable({
    features,
    columns: defs,
    data: rows,
    getRowId: rowId,
    manualSorting: true,
    state: { sorting, columnVisibility: visibility ?? ALL_SHOWN },
  });
  const column = (id: string): DataColumn<T> => byId.get(id) ?? { id, header: id, cell: () => null };
  return { table, column };
}

export type DataTableModel<T extends RowData> = ReturnType<typeof useDataTable<T>>;
export type DataRow<T extends RowData> = Row<typeof features, T>;
