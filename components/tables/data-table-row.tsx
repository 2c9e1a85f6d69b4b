"use client";

import type { RowData } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import type { RowAttributes } from "./data-column";
import type { DataRow, DataTableModel } from "./use-data-table";
import type { RowFocus } from "./use-row-focus";

type Props<T extends RowData> = {
  model: DataTableModel<T>;
  row: DataRow<T>;
  index: number;
  focus?: RowFocus;
  onOpen?: (row: T) => void;
  testId?: string;
  attributes?: RowAttributes;
  grid?: string;
  style?: React.CSSProperties;
  className?: string;
};

const interactive = "cursor-pointer hover:bg-surface-2 focus:bg-accent/5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent";

/** One row; with `onOpen`, a keyboard row: it takes focus, arrows move on, Enter and a click open it. */
export function DataTableRow<T extends RowData>({ model, row, index, focus, onOpen, testId, attributes, grid, style, className }: Props<T>) {
  const { className: extra, ...data } = attributes ?? {};
  return (
    <tr
      role="row"
      aria-rowindex={index + 2}
      data-row-index={index}
      data-testid={testId}
      {...data}
      tabIndex={focus ? (index === focus.active ? 0 : -1) : undefined}
      onFocus={focus ? () => focus.onFocusRow(index) : undefined}
      onKeyDown={
        focus
          ? (e) => {
              if (e.target !== e.currentTarget) return;
              if (focus.onKeyDown(e)) return;
              if (e.key === "Enter" && onOpen) onOpen(row.original);
            }
          : undefined
      }
      onClick={
        onOpen
          ? (e) => {
              if ((e.target as HTMLElement).closest("a, button") || window.getSelection()?.toString()) return;
              onOpen(row.original);
            }
          : undefined
      }
      className={cn("group border-t border-border", grid && "grid items-center border-t-0 border-b", onOpen && interactive, className, extra)}
      style={grid ? { gridTemplateColumns: grid, ...style } : style}
    >
      {row.getVisibleCells().map((cell) => {
        const col = model.column(cell.column.id);
        const Cell = col.rowHeader ? "th" : "td";
        return (
          <Cell
            key={cell.id}
            role={col.rowHeader ? "rowheader" : focus ? "gridcell" : "cell"}
            scope={col.rowHeader ? "row" : undefined}
            className={cn(
              "px-3 py-2 text-left font-normal",
              grid && "flex h-full min-w-0 items-center overflow-hidden whitespace-nowrap",
              col.className,
              col.sticky && "sticky left-0 z-10 border-r border-border bg-surface group-hover:bg-surface-2 group-focus:bg-surface-2",
              // the sticky cell paints over the row's focus ring: it draws its share of it
              col.sticky && "group-focus-visible:shadow-[inset_2px_2px_0_var(--accent),inset_0_-2px_0_var(--accent)]",
            )}
          >
            <model.table.FlexRender cell={cell} />
          </Cell>
        );
      })}
    </tr>
  );
}
