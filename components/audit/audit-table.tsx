"use client";

import type { AuditEventPage } from "@/lib/queries/audit-events/audit-row";
import { useVirtualRows } from "@/components/tables/use-virtual-rows";
import { cn } from "@/components/ui/cn";
import { AUDIT_COLUMNS, AUDIT_GRID_TEMPLATE } from "./audit-columns";
import { AuditTableFooter } from "./audit-table-footer";
import { useAuditPages } from "./use-audit-pages";

const ROW_HEIGHT = 48;

type Props = { query: string; now: string; initialPage: AuditEventPage; pending: boolean; openId: string | null; onOpen: (id: string) => void };

/** Events newest first: virtualized rows, more as the reader scrolls; arrows move, Enter opens. */
export function AuditTable({ query, now, initialPage, pending, openId, onOpen }: Props) {
  const pages = useAuditPages(query, now, initialPage);
  const rows = pages.data.pages.flatMap((p) => p.rows);
  const { scrollRef, virtualizer, focus, items } = useVirtualRows(rows.length, ROW_HEIGHT, pages);
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = pages;

  return (
    <div className={cn("overflow-hidden rounded-lg border border-border bg-surface transition-opacity", pending && "opacity-60")} aria-busy={pending || isFetchingNextPage}>
      <div ref={scrollRef} className="h-[calc(100vh-19rem)] min-h-96 overflow-auto" data-testid="audit-table-scroll">
        <div role="grid" aria-label="CloudTrail events, newest first" aria-colcount={AUDIT_COLUMNS.length} className="min-w-[1100px]">
          <div role="row" className="sticky top-0 z-20 grid border-b border-border bg-surface-2 text-xs font-medium text-muted" style={{ gridTemplateColumns: AUDIT_GRID_TEMPLATE }}>
            {AUDIT_COLUMNS.map((c) => (
              <div key={c.id} role="columnheader" className="px-3 py-2">
                {c.header}
              </div>
            ))}
          </div>
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={row.eventId}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={row.eventId === openId}
                  data-row-index={item.index}
                  data-testid="audit-row"
                  data-event-id={row.eventId}
                  tabIndex={item.index === focus.active ? 0 : -1}
                  onFocus={() => focus.onFocusRow(item.index)}
                  onKeyDown={(e) => {
                    if (focus.onKeyDown(e)) return;
                    if (e.key === "Enter") onOpen(row.eventId);
                  }}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
                    onOpen(row.eventId);
                  }}
                  className={cn(
                    "absolute left-0 top-0 grid w-full cursor-pointer items-center border-b border-border text-sm hover:bg-surface-2 focus:bg-accent/5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent",
                    row.errorCode && "shadow-[inset_3px_0_0_var(--danger)]",
                    row.eventId === openId && "bg-accent/10",
                  )}
                  style={{ gridTemplateColumns: AUDIT_GRID_TEMPLATE, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  {AUDIT_COLUMNS.map((c) => (
                    <div key={c.id} role="gridcell" className="flex h-full min-w-0 items-center overflow-hidden whitespace-nowrap px-3">
                      {c.cell(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
        <AuditTableFooter loaded={rows.length} more={hasNextPage} fetching={isFetchingNextPage} error={isError ? pages.error.message : null} onRetry={() => void fetchNextPage()} />
      </div>
    </div>
  );
}
