import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/permissions";
import { getActiveSyncRunId, listSyncRuns } from "@/lib/queries/sync/list-sync-runs";
import { getAuditStatus } from "@/lib/queries/audit-status/audit-status";
import { IngestRunList } from "@/components/sync/ingest-run-list";
import { QuarantineList } from "@/components/sync/quarantine-list";
import { TrailCoverageTable } from "@/components/sync/trail-coverage-table";
import { SyncNowPanel } from "@/components/sync/sync-now-panel";
import { SyncRunList } from "@/components/sync/sync-run-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  const user = await guardPage("sync:read", "/sync");
  const [runs, activeRunId, audit] = await Promise.all([listSyncRuns(), getActiveSyncRunId(), getAuditStatus()]);
  return (
    <>
      <PageHeader title="Sync" description="Inventory sync runs and CloudTrail ingestion: what each read, how long it took, and what went wrong." />
      <div className="space-y-6">
        <SyncNowPanel canRun={can(user.role, "sync:run")} activeRunId={activeRunId} />
        {runs.length ? (
          <SyncRunList runs={runs} />
        ) : (
          <Card className="px-6 py-10 text-center text-sm text-muted" data-testid="no-sync-runs">
            No sync has run yet.{" "}
            {can(user.role, "sync:run") ? "Start the first one with “Sync now”." : "Ask an operator to start the first one."}
          </Card>
        )}
        <IngestRunList runs={audit.runs} />
        <TrailCoverageTable coverage={audit.coverage} />
        <QuarantineList quarantine={audit.quarantine} />
      </div>
    </>
  );
}
