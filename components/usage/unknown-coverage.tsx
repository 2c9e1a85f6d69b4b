import { EyeOff } from "lucide-react";
import type { UnknownCoverage } from "@/lib/queries/usage/usage-types";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";

const GROUPS = [
  { id: "excluded", label: "KMS events excluded", why: "Their trails leave out KMS events: calls to keys here are not recorded.", match: (r: UnknownCoverage) => r.coverage === "excluded" },
  { id: "unknown", label: "Not known", why: "No trail records KMS events here, or the trails could not be read.", match: (r: UnknownCoverage) => r.coverage === "unknown" && r.checkedAt !== null },
  { id: "unchecked", label: "Not checked yet", why: "Keywarden has not read these Regions' trails yet (DescribeTrails, GetEventSelectors), so it cannot say whether KMS calls are recorded.", match: (r: UnknownCoverage) => r.coverage === "unknown" && r.checkedAt === null },
];

/** Account-Regions whose usage is unknown: their keys may be in use even though no call is shown. */
export function UnknownCoverageCard({ regions }: { regions: UnknownCoverage[] }) {
  if (regions.length === 0) return null;
  return (
    <Card data-testid="unknown-coverage">
      <CardHeader title="Where usage is unknown" description="Keys in these account-Regions may show no calls because none are recorded, not because none are made." />
      <div className="divide-y divide-border text-sm">
        {GROUPS.map((g) => {
          const members = regions.filter(g.match);
          if (members.length === 0) return null;
          const checked = members.map((r) => r.checkedAt).filter((d): d is string => d !== null).sort().at(-1);
          return (
            <div key={g.id} className="flex items-start gap-3 px-5 py-3">
              <EyeOff className="mt-0.5 size-4 shrink-0 text-warn" aria-hidden />
              <div className="min-w-0 space-y-1.5">
                <p>
                  <span className="font-medium">{g.label}</span>
                  <span className="text-muted">
                    {" "}
                    — {g.why}
                    {checked ? ` Last checked ${formatDateTime(checked)}.` : ""}
                  </span>
                </p>
                <ul className="flex flex-wrap gap-1.5" aria-label={g.label}>
                  {members.map((r) => (
                    <li key={`${r.accountId}/${r.region}`} className="rounded border border-border bg-surface-2 px-2 py-0.5 text-xs">
                      <span className="font-mono text-muted">{r.accountId}</span> {r.region}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
