import { ChevronRight } from "lucide-react";
import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatDuration, formatNumber, plural } from "@/components/ui/format";
import { SyncRunDetails } from "./sync-run-details";
import { SyncStatusBadge } from "./sync-status-badge";

const KIND: Record<string, string> = { full: "Full sync", incremental: "Incremental sync", key: "Key refresh" };

const duration = (r: SyncRunView) => (r.finishedAt ? formatDuration(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : "—");

function scope(r: SyncRunView): string {
  if (r.scope.keyArn) return r.scope.keyArn.split(":").slice(3).join(":");
  const parts = [r.scope.accounts.length ? r.scope.accounts.join(", ") : "all accounts", r.scope.regions.length ? r.scope.regions.join(", ") : "all regions"];
  return parts.join(" · ");
}

export function SyncRunList({ runs }: { runs: SyncRunView[] }) {
  return (
    <Card>
      <CardHeader title="Recent runs" description="Newest first. Progress counts keys read of keys listed. Open a run for its calls and throttles per operation, its account-regions and its errors." />
      <ul className="divide-y divide-border" aria-label="Sync runs">
        {runs.map((r) => (
          <li key={r.id} data-testid="sync-run" data-status={r.status}>
            <details className="group">
              <summary className="grid cursor-pointer list-none grid-cols-[1rem_6rem_1fr] items-center gap-x-4 gap-y-1 px-5 py-3 text-sm hover:bg-surface-2 lg:grid-cols-[1rem_6rem_10rem_minmax(0,1fr)_5rem_4rem_6rem_17rem] [&::-webkit-details-marker]:hidden">
                <ChevronRight className="size-4 text-muted transition-transform group-open:rotate-90" aria-hidden />
                <span className="justify-self-start">
                  <SyncStatusBadge status={r.status} />
                </span>
                <span>
                  <span className="font-medium">{KIND[r.kind] ?? r.kind}</span>
                  <span className="block text-xs text-muted">
                    {r.trigger}
                    {r.requestedBy ? ` · ${r.requestedBy}` : ""}
                  </span>
                </span>
                <span className="truncate text-xs text-muted" title={scope(r)}>
                  {formatDateTime(r.startedAt)} · {scope(r)}
                </span>
                <span className="tabular-nums lg:text-right" title="Duration">{duration(r)}</span>
                <span className="tabular-nums lg:text-right" title="Keys read of keys listed">
                  {r.progress.total ? `${formatNumber(r.progress.done)}/${formatNumber(r.progress.total)}` : "—"}
                </span>
                <span className="tabular-nums lg:text-right" title="Keys seen">
                  {plural(r.keys.seen, "key")}
                </span>
                <span className={r.errorCount ? "tabular-nums text-danger lg:text-right" : "tabular-nums text-muted lg:text-right"}>
                  {formatNumber(r.calls)} calls · {formatNumber(r.throttles)} throttled · {formatNumber(r.errorCount)} errors
                </span>
              </summary>
              <SyncRunDetails run={r} />
            </details>
          </li>
        ))}
      </ul>
    </Card>
  );
}
