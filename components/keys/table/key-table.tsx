"use client";

import { useRouter } from "next/navigation";
import { KEY_SORTS, type KeySort } from "@/lib/filters/sort-options";
import type { KeyFilter } from "@/lib/filters/key-filter";
import type { KeyPage, KeyRow } from "@/lib/queries/keys/key-row";
import { keyHref } from "../key-links";
import type { ColumnVisibility } from "@/components/tables/column-visibility";
import { DataTable } from "@/components/tables/data-table";
import { KEY_COLUMNS } from "./key-columns";
import { KeyTableFooter } from "./key-table-footer";
import { SparklineContext } from "./sparkline-cell";
import { useKeyPages } from "./use-key-pages";
import { useKeySparklines } from "./use-key-sparklines";

const ROW_HEIGHT = 48;

type Props = {
  filter: KeyFilter;
  query: string;
  version: string;
  initialPage: KeyPage;
  total: number;
  pending: boolean;
  onSort: (sort: KeySort) => void;
  columnVisibility: ColumnVisibility;
};

const keyRowAttributes = (r: KeyRow) => ({ "data-arn": r.arn });
const isKeySort = (id: string): id is KeySort => Object.hasOwn(KEY_SORTS, id);

/** The keys table: virtualized rows, sticky header and first column, more rows as the reader scrolls. */
export function KeyTable({ filter, query, version, initialPage, total, pending, onSort, columnVisibility }: Props) {
  const router = useRouter();
  const pages = useKeyPages(query, version, initialPage);
  const rows = pages.data.pages.flatMap((p) => p.rows);
  const sparklines = useKeySparklines(pages.data.pages, version);
  const { isFetchingNextPage, fetchNextPage, isError } = pages;

  return (
    <SparklineContext value={sparklines}>
      <DataTable
        label="KMS keys"
        columns={KEY_COLUMNS}
        rows={rows}
        rowId={(r) => r.arn}
        onOpen={(r) => router.push(keyHref(r.arn))}
        rowTestId="key-row"
        rowAttributes={keyRowAttributes}
        sort={{ id: filter.sort, dir: filter.dir, onSort: (id) => (isKeySort(id) ? onSort(id) : undefined) }}
        columnVisibility={columnVisibility}
        headClassName="border-b border-border bg-surface-2 text-xs uppercase tracking-wide text-muted [&_th]:font-semibold"
        virtual={{
          rowHeight: ROW_HEIGHT,
          scrollClassName: "h-[calc(100vh-15rem)] min-h-96",
          scrollTestId: "key-table-scroll",
          rowCount: total,
          pages,
          pending,
          footer: <KeyTableFooter loaded={rows.length} total={total} fetching={isFetchingNextPage} error={isError ? pages.error.message : null} onRetry={() => void fetchNextPage()} />,
        }}
      />
    </SparklineContext>
  );
}
