"use client";

import type { CoverageView } from "@/lib/queries/audit-status/audit-status";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";

const COVERAGE = {
  covered: { tone: "ok", label: "KMS events logged" },
  excluded: { tone: "danger", label: "Usage unknown: the trail excludes KMS events" },
  unknown: { tone: "warn", label: "Usage unknown: not checked or no trail" },
} as const;

function backfill(c: CoverageView): string {
  if (c.backfillCompletedAt) return `done ${formatDateTime(c.backfillCompletedAt)}`;
  if (c.backfillCursor) return `back to ${formatDateTime(c.backfillCursor)}`;
  return "not started";
}

function coverageBadge(c: CoverageView) {
  if (c.status === "skipped") return <Badge>Region not enabled</Badge>;
  const look = COVERAGE[c.trailCoverage as keyof typeof COVERAGE] ?? COVERAGE.unknown;
  return <Badge tone={look.tone}>{look.label}</Badge>;
}

const COLUMNS: DataColumn<CoverageView>[] = [
  { id: "account", header: "Account", className: "pl-5 font-mono text-xs", headerClassName: "font-sans", cell: (c) => c.accountId },
  { id: "region", header: "Region", cell: (c) => c.region },
  { id: "coverage", header: "Coverage", cell: coverageBadge },
  { id: "lookup", header: "LookupEvents read up to", className: "text-muted", cell: (c) => formatDateTime(c.lookupWatermark) },
  { id: "backfill", header: "90-day backfill", className: "pr-5 text-muted", cell: backfill },
];

export function TrailCoverageTable({ coverage }: { coverage: CoverageView[] }) {
  if (!coverage.length) return null;
  return (
    <Card>
      <CardHeader
        title="Trail coverage"
        description="Where CloudTrail records KMS calls. An account-Region whose trails exclude KMS events shows usage as unknown, never as zero."
      />
      <div className="overflow-x-auto">
        <DataTable label="Trail coverage by account and Region" columns={COLUMNS} rows={coverage} rowId={(c) => `${c.accountId}/${c.region}`} rowTestId="trail-coverage" headClassName="border-b border-border" />
      </div>
    </Card>
  );
}
