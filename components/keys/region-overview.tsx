import type { RegionOverview as Overview } from "@/lib/queries/regions/region-overview";
import { Card } from "@/components/ui/card";
import { plural } from "@/components/ui/format";
import { MultiRegionLinks } from "./multi-region-links";
import { RegionTable } from "./region-table";

/** Keys per region by KeyState and KeyManager (every number links to the matching keys), and multi-Region links. */
export function RegionOverview({ overview, selected, collapsed }: { overview: Overview; selected?: string; collapsed?: boolean }) {
  return (
    <Card>
      <details open={!collapsed} className="group">
        <summary className="flex cursor-pointer items-baseline justify-between gap-4 px-5 py-3">
          <span>
            <span className="text-sm font-semibold">Keys by region</span>
            <span className="ml-2 text-sm text-muted">{plural(overview.regions.length, "region")} · counts from the last sync; select a number to filter the table</span>
          </span>
          <span className="text-xs text-muted group-open:hidden">Show</span>
        </summary>
        <div className="overflow-x-auto border-t border-border">
          <RegionTable overview={overview} selected={selected} />
        </div>
        <MultiRegionLinks links={overview.links} />
      </details>
    </Card>
  );
}
