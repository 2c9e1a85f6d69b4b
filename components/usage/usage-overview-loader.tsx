import { Suspense } from "react";
import { memoByVersion } from "@/lib/queries/memo-by-version";
import { getUsageOverview } from "@/lib/queries/usage/get-usage-overview";
import { getUsageVersion } from "@/lib/queries/usage/usage-version";
import type { UsageDays } from "@/lib/queries/usage/usage-range";
import { UsageOverviewSection } from "./usage-overview-section";

// Over months of rollups the Overview's usage takes seconds to add up (see bench/results/audit.json):
// it is computed once per ingestion change and served from memory in between.
async function UsageOverviewData({ days }: { days: UsageDays }) {
  const version = await getUsageVersion();
  return <UsageOverviewSection usage={await memoByVersion(`usage-overview-${days}`, version, () => getUsageOverview(days))} />;
}

/** The Overview's usage streams in after the inventory, the slower read of the two. */
export function UsageOverviewLoader({ days }: { days: UsageDays }) {
  return (
    <Suspense
      fallback={
        <div className="space-y-4" aria-busy="true" aria-label="Loading usage">
          <div className="h-10 w-72 animate-pulse rounded bg-surface-2" />
          <div className="h-80 animate-pulse rounded-lg border border-border bg-surface" />
        </div>
      }
    >
      <UsageOverviewData days={days} />
    </Suspense>
  );
}
