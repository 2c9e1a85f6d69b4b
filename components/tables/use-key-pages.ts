"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { KeyPage } from "@/lib/queries/keys/key-row";

async function fetchKeyPage(query: string, cursor: string | null): Promise<KeyPage> {
  const params = new URLSearchParams(query);
  if (cursor) params.set("cursor", cursor);
  const res = await fetch(`/api/keys?${params}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (KeyPage & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body;
}

/**
 * The table's pages: the first comes with the server's render, the rest from /api/keys as the
 * reader scrolls. `version` changes when the inventory does, so cached pages are not reused.
 */
export function useKeyPages(query: string, version: string, initialPage: KeyPage) {
  return useInfiniteQuery({
    queryKey: ["keys", query, version],
    queryFn: ({ pageParam }) => fetchKeyPage(query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
    staleTime: 60_000,
  });
}
