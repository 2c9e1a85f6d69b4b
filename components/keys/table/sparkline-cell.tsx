"use client";

import { createContext, useContext } from "react";
import { Sparkline } from "@/components/usage/sparkline";
import { compact } from "@/components/usage/chart-theme";
import type { SparklineState } from "./use-key-sparklines";

export const SparklineContext = createContext<Map<string, SparklineState>>(new Map());

/** The keys table's usage column: calls over the last 14 days, or why there is no line. */
export function SparklineCell({ arn }: { arn: string }) {
  const s = useContext(SparklineContext).get(arn);
  if (!s || s.status === "loading") return <span className="h-1.5 w-20 animate-pulse rounded bg-surface-2" aria-label="Loading usage" />;
  if (s.status === "error") return <span className="text-xs text-muted">—</span>;
  if (s.calls === null) {
    return (
      <span className="text-xs text-muted" data-testid="usage-unknown" title="The trails of this key's account-Region do not record KMS usage (or were not checked yet)">
        usage unknown
      </span>
    );
  }
  if (s.total === 0) return <span className="text-xs text-muted" title="No call recorded in the last 14 days">no calls</span>;
  return (
    <span className="flex items-center gap-2">
      <Sparkline values={s.calls} days={s.days} />
      <span className="text-xs tabular-nums text-muted">{compact(s.total)}</span>
    </span>
  );
}
