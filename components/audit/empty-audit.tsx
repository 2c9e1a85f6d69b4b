import { ScrollText } from "lucide-react";
import type { ExplorerStatus } from "@/lib/queries/audit-events/explorer-status";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";

/** Nothing ingested yet: say what the ingestion last did, and how events get here. */
export function EmptyAudit({ lastRun }: { lastRun: ExplorerStatus["lastRun"] }) {
  return (
    <Card className="px-6 py-12 text-center" data-testid="empty-audit">
      <ScrollText className="mx-auto size-7 text-muted" aria-hidden />
      <h2 className="mt-3 font-semibold">No CloudTrail events yet</h2>
      <p className="mx-auto mt-1 max-w-xl text-sm text-muted">
        {!lastRun
          ? "No ingestion has run yet. npm start reads CloudTrail every few minutes (KEYWARDEN_AUDIT_INTERVAL_MINUTES)."
          : lastRun.status === "running"
            ? `An ingestion (${lastRun.source}) has been running since ${formatDateTime(lastRun.startedAt)}: reload in a moment.`
            : `The last ingestion (${lastRun.source}, started ${formatDateTime(lastRun.startedAt)}) ended “${lastRun.status}” with no events${lastRun.message ? `: ${lastRun.message}` : "."}`}
      </p>
      <p className="mx-auto mt-3 max-w-xl text-sm">
        Events come from CloudTrail&apos;s LookupEvents in every account and Region (the last 90 days), and from a trail&apos;s log files: set{" "}
        <code className="font-mono text-xs">KEYWARDEN_TRAIL_BUCKET</code> for S3 or <code className="font-mono text-xs">KEYWARDEN_TRAIL_DIR</code> for a local copy, or run{" "}
        <code className="font-mono text-xs">npm run ingest -- --from-dir &lt;dir&gt;</code>.
      </p>
    </Card>
  );
}
