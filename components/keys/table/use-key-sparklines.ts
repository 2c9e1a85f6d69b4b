"use client";

import { useQueries } from "@tanstack/react-query";
import type { KeySparklines } from "@/lib/queries/usage/get-key-sparklines";
import type { KeyPage } from "@/lib/queries/keys/key-row";

async function fetchSparklines(arns: string[]): Promise<KeySparklines> {
  const res = await fetch("/api/usage/sparklines", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify({ arns }) });
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
  return (await res.json()) as KeySparklines;
}

export type SparklineState = { status: "loading" } | { status: "error" } | { status: "ready"; days: string[]; calls: number[] | null; total: number };

/** Daily calls for the keys of every loaded page: one request per page of the table, as it loads. */
export function useKeySparklines(pages: KeyPage[], version: string): Map<string, SparklineState> {
  const results = useQueries({
    queries: pages.map((p) => {
      const arns = p.rows.map((r) => r.arn);
      return { queryKey: ["sparklines", version, arns], queryFn: () => fetchSparklines(arns), enabled: arns.length > 0, staleTime: 5 * 60_000, retry: 1 };
    }),
  });
  const states = new Map<string, SparklineState>();
  pages.forEach((p, i) => {
    const r = results[i]!;
    for (const row of p.rows) {
      const s = r.data?.keys[row.arn];
      states.set(row.arn, r.data ? { status: "ready", days: r.data.days, calls: s?.calls ?? null, total: s?.total ?? 0 } : r.isError ? { status: "error" } : { status: "loading" });
    }
  });
  return states;
}
