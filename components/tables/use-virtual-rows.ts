"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef } from "react";
import { useRowFocus } from "./use-row-focus";

const PREFETCH_ROWS = 30;

/** An infinite query's paging, as a table sees it. */
export type InfinitePages = { hasNextPage: boolean; isFetchingNextPage: boolean; isError: boolean; fetchNextPage: () => Promise<unknown> };

/** Virtualized rows: keyboard focus, and for an infinite query the next page fetched before the reader reaches the end. */
export function useVirtualRows(count: number, rowHeight: number, pages?: InfinitePages) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler warning is about memoizing the virtualizer's functions: callers read them
  // during render only and pass none of them to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: "auto" }), [virtualizer]);
  const focus = useRowFocus(count, scrollRef, scrollToIndex);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage = false, isFetchingNextPage = false, fetchNextPage, isError = false } = pages ?? {};

  useEffect(() => {
    if (fetchNextPage && hasNextPage && !isFetchingNextPage && !isError && lastIndex >= count - PREFETCH_ROWS) void fetchNextPage();
  }, [lastIndex, count, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  return { scrollRef, virtualizer, focus, items };
}
