"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEventPage } from "@/lib/queries/audit-events/audit-row";

async function fetchAuditPage(query: string, now: string, cursor: string | null): Promise<AuditEventPage> {
  const params = new URLSearchParams(query);
  params.set("now", now);
  if (cursor) params.set("cursor", cursor);
  const res = await fetch(`/api/audit/events?${params}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (AuditEventPage & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body;
}

/**
 * The explorer's pages: the first comes with the server's render, the rest from /api/audit/events
 * as the reader scrolls, all in the same time window (`now` of the first page).
 */
export function useAuditPages(query: string, now: string, initialPage: AuditEventPage) {
  return useInfiniteQuery({
    queryKey: ["audit-events", query, now],
    queryFn: ({ pageParam }) => fetchAuditPage(query, now, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
    staleTime: 60_000,
  });
}
