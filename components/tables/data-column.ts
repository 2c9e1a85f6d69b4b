import type { RowData } from "@tanstack/react-table";
/** One column of a DataTable: what it shows and how it lays out. */
export type DataColumn<T extends RowData> = {
  id: string;
  /** The column's name, in its header and in the column menu. */
  header: string;
  cell: (row: T) => React.ReactNode;
  /** A CSS grid track for virtualized tables: "140px", "minmax(180px, 1fr)". */
  width?: string;
  /** The server sorts the list by this column (its id is the sort's name). */
  sortable?: boolean;
  /** Classes of the column's cells and header: padding, alignment, type. */
  className?: string;
  headerClassName?: string;
  /** The header is read by screen readers only. */
  headerHidden?: boolean;
  /** The cell names its row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Stays in view while the table scrolls sideways (the first column only). */
  sticky?: boolean;
  /** False keeps the column out of the column menu. */
  hideable?: boolean;
};

/** Server-driven sorting: the table shows it and asks for a change; the owner (the URL) decides. */
export type ServerSort = { id: string; dir: "asc" | "desc"; onSort: (id: string) => void };

/** Data attributes and state a row carries besides its cells. */
export type RowAttributes = { className?: string; "aria-selected"?: boolean } & { [data: `data-${string}`]: string | undefined };
