"use client";

import { useRouter } from "next/navigation";
import type { KeyFilter } from "@/lib/filters/key-filter";
import type { KeyPage } from "@/lib/queries/keys/key-row";
import type { KeySort } from "@/lib/filters/sort-options";
import { keyHref } from "@/components/keys/key-links";
import { cn } from "@/components/ui/cn";
import { KEY_COLUMNS, KEY_GRID_TEMPLATE, KEY_GRID_WIDTH } from "./key-columns";
import { KeyTableHeader } from "./key-table-header";
import { KeyTableFooter } from "./key-table-footer";
import { SparklineContext } from "./sparkline-cell";
import { useKeyPages } from "./use-key-pages";
import { useKeySparklines } from "./use-key-sparklines";
import { useVirtualRows } from "./use-virtual-rows";

const ROW_HEIGHT = 48;

type Props = { filter: KeyFilter; query: string; version: string; initialPage: KeyPage; total: number; pending: boolean; onSort: (sort: KeySort) => void };

/** The keys table: virtualized rows, sticky header and first column, more rows as the reader scrolls. */
export function KeyTable({ filter, query, version, initialPage, total, pending, onSort }: Props) {
  const router = useRouter();
  const pages = useKeyPages(query, version, initialPage);
  const rows = pages.data.pages.flatMap((p) => p.rows);
  const sparklines = useKeySparklines(pages.data.pages, version);
  const { scrollRef, virtualizer, focus, items } = useVirtualRows(rows.length, ROW_HEIGHT, pages);
  const { isFetchingNextPage, fetchNextPage, isError } = pages;

  const open = (arn: string) => router.push(keyHref(arn));

  return (
    <SparklineContext value={sparklines}>
      <div className={cn("overflow-hidden rounded-lg border border-border bg-surface transition-opacity", pending && "opacity-60")} aria-busy={pending || isFetchingNextPage}>
        <div
          ref={scrollRef}
          className="h-[calc(100vh-15rem)] min-h-96 overflow-auto"
          data-testid="key-table-scroll"
          onFocus={(e) => {
            // keyboard users land in the table from above it: show all of it (not on a click: the page would move under the pointer)
            const keyboard = e.target !== e.currentTarget && e.target.matches(":focus-visible");
            if (keyboard && e.currentTarget.getBoundingClientRect().bottom > window.innerHeight) e.currentTarget.scrollIntoView({ block: "nearest" });
          }}
        >
          <div role="grid" aria-label="KMS keys" aria-rowcount={total + 1} aria-colcount={KEY_COLUMNS.length} style={{ width: KEY_GRID_WIDTH, minWidth: "100%" }}>
            <KeyTableHeader filter={filter} template={KEY_GRID_TEMPLATE} onSort={onSort} />
            <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const row = rows[item.index]!;
                return (
                  <div
                    key={row.arn}
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-row-index={item.index}
                    data-testid="key-row"
                    data-arn={row.arn}
                    tabIndex={item.index === focus.active ? 0 : -1}
                    onFocus={() => focus.onFocusRow(item.index)}
                    onKeyDown={(e) => {
                      if (focus.onKeyDown(e)) return;
                      if (e.key === "Enter") open(row.arn);
                    }}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
                      open(row.arn);
                    }}
                    className="group absolute left-0 top-0 grid w-full cursor-pointer items-center border-b border-border text-sm hover:bg-surface-2 focus:bg-accent/5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent"
                    style={{ gridTemplateColumns: KEY_GRID_TEMPLATE, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  >
                    {KEY_COLUMNS.map((c, i) => (
                      <div
                        key={c.id}
                        role="gridcell"
                        className={cn(
                          "flex h-full min-w-0 items-center overflow-hidden whitespace-nowrap px-3",
                          i === 0 && "sticky left-0 z-10 border-r border-border bg-surface group-hover:bg-surface-2 group-focus:bg-surface-2",
                        )}
                      >
                        {c.cell(row)}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
          <KeyTableFooter loaded={rows.length} total={total} fetching={isFetchingNextPage} error={isError ? pages.error.message : null} onRetry={() => void fetchNextPage()} />
        </div>
      </div>
    </SparklineContext>
  );
}
