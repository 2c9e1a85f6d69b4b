"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEventPage } from "@/lib/queries/audit-events/audit-row";
import { fetchPage } from "@/components/tables/fetch-page";

function pageParams(query: string, now: string): URLSearchParams {
  const params = new URLSearchParams(query);
  params.set("now", now);
  return params;
}

/**
 * The explorer's pages: the first comes with the server's render, the rest from /api/audit/events
 * as the reader scrolls, all in the same time window (`now` of the first page).
 */
export function useAuditPages(query: string, now: string, initialPage: AuditEventPage) {
  return useInfiniteQuery({
    queryKey: ["audit-events", query, now],
    queryFn: ({ pageParam }) => fetchPage<AuditEventPage>("/api/audit/events", pageParams(query, now), pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
    staleTime: 60_000,
  });
}
