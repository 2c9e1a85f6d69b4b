import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { KeyFilter } from "@/lib/filters/key-filter";
import type { KeySort } from "@/lib/filters/sort-options";
import { cn } from "@/components/ui/cn";
import { KEY_COLUMNS } from "./key-columns";

export function KeyTableHeader({ filter, template, onSort }: { filter: KeyFilter; template: string; onSort: (sort: KeySort) => void }) {
  return (
    <div role="rowgroup" className="sticky top-0 z-20">
      <div role="row" aria-rowindex={1} className="grid border-b border-border bg-surface-2 text-xs font-semibold uppercase tracking-wide text-muted" style={{ gridTemplateColumns: template }}>
        {KEY_COLUMNS.map((c, i) => {
          const sorted = c.sort && filter.sort === c.sort;
          const Icon = sorted ? (filter.dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
          return (
            <div
              key={c.id}
              role="columnheader"
              aria-sort={sorted ? (filter.dir === "asc" ? "ascending" : "descending") : undefined}
              className={cn("flex h-10 items-center px-3", i === 0 && "sticky left-0 z-10 border-r border-border bg-surface-2")}
            >
              {c.sort ? (
                <button type="button" onClick={() => onSort(c.sort!)} className={cn("inline-flex items-center gap-1 uppercase hover:text-fg", sorted && "text-fg")}>
                  {c.header}
                  <Icon className="size-3.5" aria-hidden />
                  <span className="sr-only">{sorted ? `, sorted ${filter.dir === "asc" ? "ascending" : "descending"}; activate to reverse` : ", activate to sort"}</span>
                </button>
              ) : (
                c.header
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
