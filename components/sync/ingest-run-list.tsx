import type { IngestRunView } from "@/lib/queries/audit-status/audit-status";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatDuration, formatNumber } from "@/components/ui/format";
import { SyncStatusBadge } from "./sync-status-badge";

const SOURCE: Record<string, string> = { lookup: "LookupEvents", "trail-dir": "Trail files (directory)", s3: "Trail files (S3)" };

export function IngestRunList({ runs }: { runs: IngestRunView[] }) {
  return (
    <Card>
      <CardHeader
        title="CloudTrail ingestion"
        description="Newest first. Each run ends with one summary: events ingested, redeliveries dropped as duplicates, records quarantined, and records of other services skipped."
      />
      {runs.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label="Ingestion runs">
            <thead className="border-b border-border text-left text-xs text-muted">
              <tr>
                <th className="px-5 py-2 font-medium">Status</th>
                <th className="px-3 py-2 font-medium">Source</th>
                <th className="px-3 py-2 font-medium">Started</th>
                <th className="px-3 py-2 text-right font-medium">Duration</th>
                <th className="px-3 py-2 text-right font-medium">Ingested</th>
                <th className="px-3 py-2 text-right font-medium">Duplicates</th>
                <th className="px-3 py-2 text-right font-medium">Quarantined</th>
                <th className="px-5 py-2 text-right font-medium">Skipped</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {runs.map((r) => (
                <tr key={r.id} data-testid="ingest-run">
                  <td className="px-5 py-2">
                    <SyncStatusBadge status={r.status} />
                  </td>
                  <td className="px-3 py-2">
                    {SOURCE[r.source] ?? r.source}
                    <span className="block max-w-[18rem] truncate text-xs text-muted" title={r.message ?? undefined}>
                      {r.trigger}
                      {r.message ? ` · ${r.message}` : ""}
                    </span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-muted">{formatDateTime(r.startedAt)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.finishedAt ? formatDuration(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : "—"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.ingested)}</td>
                  <td className="px-3 py-2 text-right tabular-nums text-muted">{formatNumber(r.duplicates)}</td>
                  <td className={`px-3 py-2 text-right tabular-nums ${r.quarantined ? "font-medium text-danger" : "text-muted"}`}>{formatNumber(r.quarantined)}</td>
                  <td className="px-5 py-2 text-right tabular-nums text-muted">{formatNumber(r.skipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="px-5 py-6 text-sm text-muted">
          No CloudTrail ingestion has run yet. It runs on a schedule inside <code>npm start</code>; load trail log files now with{" "}
          <code>npm run ingest -- --from-dir &lt;dir&gt;</code>.
        </p>
      )}
    </Card>
  );
}
