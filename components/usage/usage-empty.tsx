import { Activity } from "lucide-react";

/** Why a usage chart has nothing to draw: nothing ingested yet, nothing in the range, or usage not recorded. */
export function UsageEmpty({ reason, days }: { reason: "not-ingested" | "no-calls" | "unknown"; days: number }) {
  const text = {
    "not-ingested": "No CloudTrail usage has been ingested yet. Usage appears here once audit ingestion has read the trail (npm run ingest, or the audit schedule).",
    "no-calls": `No calls were recorded in the last ${days} days.`,
    unknown: "Usage is unknown here: the trails of this account-Region leave out KMS events, so calls are not recorded. No calls shown does not mean no use.",
  }[reason];
  return (
    <div className="flex items-start gap-3 rounded-lg border border-dashed border-border bg-surface px-5 py-6 text-sm text-muted">
      <Activity className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>{text}</p>
    </div>
  );
}
