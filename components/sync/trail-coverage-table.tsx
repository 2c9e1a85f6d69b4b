import type { CoverageView } from "@/lib/queries/audit-status/audit-status";
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

export function TrailCoverageTable({ coverage }: { coverage: CoverageView[] }) {
  if (!coverage.length) return null;
  return (
    <Card>
      <CardHeader
        title="Trail coverage"
        description="Where CloudTrail records KMS calls. An account-Region whose trails exclude KMS events shows usage as unknown, never as zero."
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label="Trail coverage by account and Region">
          <thead className="border-b border-border text-left text-xs text-muted">
            <tr>
              <th className="px-5 py-2 font-medium">Account</th>
              <th className="px-3 py-2 font-medium">Region</th>
              <th className="px-3 py-2 font-medium">Coverage</th>
              <th className="px-3 py-2 font-medium">LookupEvents read up to</th>
              <th className="px-5 py-2 font-medium">90-day backfill</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {coverage.map((c) => {
              const look = COVERAGE[c.trailCoverage as keyof typeof COVERAGE] ?? COVERAGE.unknown;
              return (
                <tr key={`${c.accountId}/${c.region}`} data-testid="trail-coverage">
                  <td className="px-5 py-2 font-mono text-xs">{c.accountId}</td>
                  <td className="px-3 py-2">{c.region}</td>
                  <td className="px-3 py-2">
                    {c.status === "skipped" ? <Badge>Region not enabled</Badge> : <Badge tone={look.tone}>{look.label}</Badge>}
                  </td>
                  <td className="px-3 py-2 text-muted">{formatDateTime(c.lookupWatermark)}</td>
                  <td className="px-5 py-2 text-muted">{backfill(c)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
