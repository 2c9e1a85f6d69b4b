"use client";

import type { RowData } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import type { DataTableProps } from "./data-table";
import { DataTableHead } from "./data-table-head";
import { DataTableRow } from "./data-table-row";
import { gridMinWidth } from "./grid-width";
import { useDataTable } from "./use-data-table";
import { useVirtualRows, type InfinitePages } from "./use-virtual-rows";

export type VirtualOptions = {
  rowHeight: number;
  /** The scroll area's classes; its height above all. */
  scrollClassName: string;
  scrollTestId?: string;
  /** Rows in the whole list, loaded or not (aria-rowcount); unknown while more pages may come. */
  rowCount?: number;
  /** Set for an infinite query: the next page loads before the reader reaches the end. */
  pages?: InfinitePages;
  /** Below the rows, inside the scroll area: how much is loaded, or a retry. */
  footer?: React.ReactNode;
  /** A new list is on its way (the URL changed): the rows shown are about to go. */
  pending?: boolean;
};

// aria-rowcount counts the header row; -1 tells a screen reader the total is not known yet.
function rowCount(virtual: VirtualOptions, loaded: number): number {
  if (virtual.rowCount !== undefined) return virtual.rowCount + 1;
  return virtual.pages?.hasNextPage ? -1 : loaded + 1;
}

/** A DataTable whose rows exist only while in view: grid rows of fixed height, sticky header. */
export function VirtualDataTable<T extends RowData>({ columns, rows, rowId, label, onOpen, rowTestId, rowAttributes, sort, columnVisibility, className, headClassName, virtual }: DataTableProps<T> & { virtual: VirtualOptions }) {
  const model = useDataTable(columns, rows, rowId, sort, columnVisibility);
  const tableRows = model.table.getRowModel().rows;
  const { scrollRef, virtualizer, focus, items } = useVirtualRows(tableRows.length, virtual.rowHeight, virtual.pages);
  const visible = model.table.getVisibleLeafColumns().map((c) => model.column(c.id));
  const tracks = visible.map((c) => c.width ?? "minmax(120px, 1fr)");
  const grid = tracks.join(" ");
  return (
    <div
      className={cn("overflow-hidden rounded-lg border border-border bg-surface transition-opacity", virtual.pending && "opacity-60")}
      aria-busy={virtual.pending || virtual.pages?.isFetchingNextPage}
    >
      <div
        ref={scrollRef}
        className={cn("overflow-auto", virtual.scrollClassName)}
        data-testid={virtual.scrollTestId}
        onFocus={(e) => {
          // keyboard users land in the table from above it: show all of it (not on a click: the page would move under the pointer)
          const keyboard = e.target !== e.currentTarget && e.target.matches(":focus-visible");
          if (keyboard && e.currentTarget.getBoundingClientRect().bottom > window.innerHeight) e.currentTarget.scrollIntoView({ block: "nearest" });
        }}
      >
        <table
          role="grid"
          aria-label={label}
          aria-rowcount={rowCount(virtual, rows.length)}
          aria-colcount={visible.length}
          className={cn("grid text-sm", className)}
          style={{ minWidth: `max(100%, ${gridMinWidth(tracks)}px)` }}
        >
          <DataTableHead model={model} sort={sort} grid={grid} className={headClassName} />
          <tbody role="rowgroup" className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return (
                <DataTableRow
                  key={row.id}
                  model={model}
                  row={row}
                  index={item.index}
                  focus={onOpen ? focus : undefined}
                  onOpen={onOpen}
                  testId={rowTestId}
                  attributes={rowAttributes?.(row.original)}
                  grid={grid}
                  className="absolute left-0 top-0 w-full"
                  style={{ height: virtual.rowHeight, transform: `translateY(${item.start}px)` }}
                />
              );
            })}
          </tbody>
        </table>
        {virtual.footer}
      </div>
    </div>
  );
}
