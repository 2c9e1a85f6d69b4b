"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";

const POLL_MS = 1000;

export const isActive = (status: string | undefined) => status === "queued" || status === "running";

async function fetchRun(id: string): Promise<SyncRunView> {
  const res = await fetch(`/api/sync/runs/${id}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (SyncRunView & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body;
}

/** Follows one sync run, polling until it ends; onFinished runs once when it does. */
export function useSyncRun(id: string | null, onFinished?: (run: SyncRunView) => void) {
  const query = useQuery({
    queryKey: ["sync-run", id],
    queryFn: () => fetchRun(id!),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data.status) ? false : POLL_MS),
  });
  const reported = useRef<string | null>(null);
  const run = query.data;
  useEffect(() => {
    if (run && !isActive(run.status) && reported.current !== run.id) {
      reported.current = run.id;
      onFinished?.(run);
    }
  }, [run, onFinished]);
  return query;
}
