import type { AuditStatus } from "@/lib/queries/audit-status/audit-status";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatNumber, plural } from "@/components/ui/format";

export function QuarantineList({ quarantine }: { quarantine: AuditStatus["quarantine"] }) {
  return (
    <Card data-testid="quarantine">
      <CardHeader
        title={`Quarantined records (${formatNumber(quarantine.total)})`}
        description="Records and files that could not be ingested, one by one with the reason. They never stop the rest of an ingestion; fix the source and ingest it again."
      />
      {quarantine.total === 0 ? (
        <p className="px-5 py-6 text-sm text-muted">Nothing quarantined: every record read so far was valid.</p>
      ) : (
        <div className="space-y-4 p-5">
          <ul className="flex flex-wrap gap-2" aria-label="Quarantined records by reason">
            {quarantine.byReason.map((r) => (
              <li key={r.reason} className="rounded-md border border-border bg-surface-2 px-2.5 py-1 text-xs">
                <span className="font-medium">{r.reason}</span> <span className="text-muted">· {plural(r.count, "record")}</span>
              </li>
            ))}
          </ul>
          <ul className="divide-y divide-border rounded-md border border-border" aria-label="Newest quarantined records">
            {quarantine.newest.map((q) => (
              <li key={q.id} data-testid="quarantined-record">
                <details className="group">
                  <summary className="grid cursor-pointer list-none gap-1 px-4 py-2.5 text-sm hover:bg-surface-2 md:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_10rem] md:gap-4 [&::-webkit-details-marker]:hidden">
                    <span className="truncate font-mono text-xs" title={q.location}>
                      {q.location}
                      {q.recordIndex !== null ? ` · record ${q.recordIndex}` : " · whole file"}
                    </span>
                    <span className="text-danger">{q.reason}</span>
                    <span className="text-xs text-muted md:text-right">{formatDateTime(q.createdAt)}</span>
                  </summary>
                  <pre className="mx-4 mb-3 max-h-48 overflow-auto rounded bg-surface-2 p-3 font-mono text-xs whitespace-pre-wrap break-all">
                    {q.excerpt || "(no text: the record was not a JSON object)"}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          {quarantine.total > quarantine.newest.length ? (
            <p className="text-xs text-muted">Showing the newest {quarantine.newest.length} of {formatNumber(quarantine.total)}.</p>
          ) : null}
        </div>
      )}
    </Card>
  );
}
