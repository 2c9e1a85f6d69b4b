"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditEventRecord } from "@/lib/queries/audit-events/audit-row";

async function fetchAuditEvent(id: string): Promise<AuditEventRecord> {
  const res = await fetch(`/api/audit/events/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (AuditEventRecord & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body;
}

/** One event's whole record; events never change once ingested, so it is cached for good. */
export function useAuditEvent(id: string) {
  return useQuery({ queryKey: ["audit-event", id], queryFn: () => fetchAuditEvent(id), staleTime: Infinity, retry: false });
}
