"use client";

import type { IngestRunView } from "@/lib/queries/audit-status/audit-status";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatDuration, formatNumber } from "@/components/ui/format";
import { SyncStatusBadge } from "./sync-status-badge";

const SOURCE: Record<string, string> = { lookup: "LookupEvents", "trail-dir": "Trail files (directory)", s3: "Trail files (S3)" };

const number = "text-right tabular-nums";

const COLUMNS: DataColumn<IngestRunView>[] = [
  { id: "status", header: "Status", className: "pl-5", cell: (r) => <SyncStatusBadge status={r.status} /> },
  {
    id: "source",
    header: "Source",
    cell: (r) => (
      <>
        {SOURCE[r.source] ?? r.source}
        <span className="block max-w-[18rem] truncate text-xs text-muted" title={r.message ?? undefined}>
          {r.trigger}
          {r.message ? ` · ${r.message}` : ""}
        </span>
      </>
    ),
  },
  { id: "started", header: "Started", className: "whitespace-nowrap text-muted", cell: (r) => formatDateTime(r.startedAt) },
  { id: "duration", header: "Duration", className: number, cell: (r) => (r.finishedAt ? formatDuration(Date.parse(r.finishedAt) - Date.parse(r.startedAt)) : "—") },
  { id: "ingested", header: "Ingested", className: number, cell: (r) => formatNumber(r.ingested) },
  { id: "duplicates", header: "Duplicates", className: `${number} text-muted`, cell: (r) => formatNumber(r.duplicates) },
  { id: "quarantined", header: "Quarantined", className: number, cell: (r) => <span className={r.quarantined ? "font-medium text-danger" : "text-muted"}>{formatNumber(r.quarantined)}</span> },
  { id: "skipped", header: "Skipped", className: `${number} pr-5 text-muted`, cell: (r) => formatNumber(r.skipped) },
];

export function IngestRunList({ runs }: { runs: IngestRunView[] }) {
  return (
    <Card>
      <CardHeader
        title="CloudTrail ingestion"
        description="Newest first. Each run ends with one summary: events ingested, redeliveries dropped as duplicates, records quarantined, and records of other services skipped."
      />
      {runs.length ? (
        <div className="overflow-x-auto">
          <DataTable label="Ingestion runs" columns={COLUMNS} rows={runs} rowId={(r) => r.id} rowTestId="ingest-run" headClassName="border-b border-border" />
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
