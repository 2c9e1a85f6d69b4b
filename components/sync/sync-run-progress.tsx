"use client";

import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";
import { formatDuration, formatNumber } from "@/components/ui/format";
import { SyncStatusBadge } from "./sync-status-badge";
import { isActive } from "./use-sync-run";
import { useNow } from "./use-now";

/** A run's live progress: units done of total (account-regions, or the key), keys and calls so far. */
export function SyncRunProgress({ run }: { run: SyncRunView }) {
  const active = isActive(run.status);
  const now = useNow(active);
  const { total, done } = run.progress;
  const percent = total > 0 ? Math.round((done / total) * 100) : null;
  const end = run.finishedAt ? Date.parse(run.finishedAt) : now;
  return (
    <div className="space-y-3" data-testid="sync-progress" data-status={run.status}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="flex items-center gap-2">
          <SyncStatusBadge status={run.status} />
          <span className="font-medium">{run.kind === "key" ? "Key refresh" : `${run.kind === "full" ? "Full" : "Incremental"} sync`}</span>
          {run.requestedBy ? <span className="text-muted">requested by {run.requestedBy}</span> : null}
        </span>
        <span className="tabular-nums text-muted">{end !== null ? formatDuration(end - Date.parse(run.startedAt)) : null}</span>
      </div>
      <div
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={total || undefined}
        aria-valuenow={total ? done : undefined}
        aria-valuetext={total ? `${done} of ${total} done` : run.status === "queued" ? "Waiting to start" : "Preparing"}
        className="h-2 overflow-hidden rounded-full bg-surface-2"
      >
        <div className={active && percent === null ? "h-full w-1/3 animate-pulse bg-accent/60" : "h-full bg-accent transition-all"} style={percent !== null ? { width: `${percent}%` } : undefined} />
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {run.status === "queued"
          ? "Queued: waiting for the sync worker to pick it up."
          : `${total ? `${formatNumber(done)} of ${formatNumber(total)} keys read · ` : ""}${formatNumber(run.calls)} calls · ${formatNumber(run.throttles)} throttled${run.errorCount ? ` · ${formatNumber(run.errorCount)} errors` : ""}`}
      </p>
    </div>
  );
}
