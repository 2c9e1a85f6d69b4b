"use client";

import type { AuditEventPage, AuditEventRow } from "@/lib/queries/audit-events/audit-row";
import type { ColumnVisibility } from "@/components/tables/column-visibility";
import { DataTable } from "@/components/tables/data-table";
import { cn } from "@/components/ui/cn";
import { AUDIT_COLUMNS } from "./audit-columns";
import { AuditTableFooter } from "./audit-table-footer";
import { useAuditPages } from "./use-audit-pages";

const ROW_HEIGHT = 48;

type Props = { query: string; now: string; initialPage: AuditEventPage; pending: boolean; openId: string | null; onOpen: (id: string) => void; columnVisibility: ColumnVisibility };

/** Events newest first: virtualized rows, more as the reader scrolls; arrows move, Enter opens. */
export function AuditTable({ query, now, initialPage, pending, openId, onOpen, columnVisibility }: Props) {
  const pages = useAuditPages(query, now, initialPage);
  const rows = pages.data.pages.flatMap((p) => p.rows);
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = pages;
  const rowAttributes = (r: AuditEventRow) => ({
    "data-event-id": r.eventId,
    "aria-selected": r.eventId === openId,
    className: cn(r.errorCode && "shadow-[inset_3px_0_0_var(--danger)]", r.eventId === openId && "bg-accent/10"),
  });

  return (
    <DataTable
      label="CloudTrail events, newest first"
      columns={AUDIT_COLUMNS}
      rows={rows}
      rowId={(r) => r.eventId}
      onOpen={(r) => onOpen(r.eventId)}
      rowTestId="audit-row"
      rowAttributes={rowAttributes}
      columnVisibility={columnVisibility}
      headClassName="border-b border-border bg-surface-2 text-xs text-muted"
      virtual={{
        rowHeight: ROW_HEIGHT,
        scrollClassName: "h-[calc(100vh-19rem)] min-h-96",
        scrollTestId: "audit-table-scroll",
        pages,
        pending,
        footer: <AuditTableFooter loaded={rows.length} more={hasNextPage} fetching={isFetchingNextPage} error={isError ? pages.error.message : null} onRetry={() => void fetchNextPage()} />,
      }}
    />
  );
}
