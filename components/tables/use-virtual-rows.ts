"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { useRowFocus } from "./use-row-focus";

const PREFETCH_ROWS = 30;

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; isError: boolean; fetchNextPage: () => Promise<unknown> };

/** Virtualized rows of an infinite query: keyboard focus, and the next page fetched before the reader reaches the end. */
export function useVirtualRows(count: number, rowHeight: number, pages: Pages) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler warning is about memoizing the virtualizer's functions: callers read them
  // during render only and pass none of them to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const focus = useRowFocus(count, virtualizer, scrollRef);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = pages;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError && lastIndex >= count - PREFETCH_ROWS) void fetchNextPage();
  }, [lastIndex, count, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  return { scrollRef, virtualizer, focus, items };
}
