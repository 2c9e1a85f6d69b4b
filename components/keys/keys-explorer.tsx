"use client";

import { keyFilterToSearchParams, type KeyFilter } from "@/lib/filters/key-filter";
import type { KeyFilterOptions } from "@/lib/queries/keys/filter-options";
import type { KeyPage } from "@/lib/queries/keys/key-row";
import { ColumnMenu } from "@/components/tables/column-menu";
import { KEY_COLUMN_IDS, KEY_COLUMNS } from "./table/key-columns";
import { KeyTable } from "./table/key-table";
import { useColumnVisibility } from "@/components/tables/use-column-visibility";
import { formatNumber } from "@/components/ui/format";
import { KeyExportLinks } from "./key-export-links";
import { KeyFilterBar } from "./key-filter-bar";
import { NoMatchingKeys } from "./no-matching-keys";
import { useKeyFilterNavigation } from "./use-key-filter-navigation";

type Props = { filter: KeyFilter; options: KeyFilterOptions; initialPage: KeyPage; total: number; version: string; canExport: boolean };

/** The filter bar, the match count with the exports, and the table, all driven by the URL. */
export function KeysExplorer({ filter, options, initialPage, total, version, canExport }: Props) {
  const nav = useKeyFilterNavigation(filter);
  const query = keyFilterToSearchParams(filter).toString();
  const columns = useColumnVisibility("keys", KEY_COLUMN_IDS);
  return (
    <section aria-labelledby="keys-table-heading" className="space-y-4">
      <KeyFilterBar filter={filter} options={options} onChange={nav.apply} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="keys-table-heading" className="text-sm font-semibold">
          <span data-testid="key-count">{formatNumber(total)}</span> {total === 1 ? "key matches" : "keys match"}
          {nav.pending ? <span className="ml-2 font-normal text-muted">Updating…</span> : null}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {canExport && total > 0 ? <KeyExportLinks query={query} /> : null}
          {total > 0 ? <ColumnMenu columns={KEY_COLUMNS} visibility={columns.visibility} onToggle={columns.toggle} onReset={columns.reset} /> : null}
        </div>
      </div>
      {total === 0 ? (
        <NoMatchingKeys />
      ) : (
        <KeyTable key={`${query}|${version}`} filter={filter} query={query} version={version} initialPage={initialPage} total={total} pending={nav.pending} onSort={nav.sortBy} columnVisibility={columns.visibility} />
      )}
    </section>
  );
}
