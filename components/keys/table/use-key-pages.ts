"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { KeyPage } from "@/lib/queries/keys/key-row";
import { fetchPage } from "@/components/tables/fetch-page";

/**
 * The table's pages: the first comes with the server's render, the rest from /api/keys as the
 * reader scrolls. `version` changes when the inventory does, so cached pages are not reused.
 */
export function useKeyPages(query: string, version: string, initialPage: KeyPage) {
  return useInfiniteQuery({
    queryKey: ["keys", query, version],
    queryFn: ({ pageParam }) => fetchPage<KeyPage>("/api/keys", new URLSearchParams(query), pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
    staleTime: 60_000,
  });
}
