import Link from "next/link";
import type { RegionOverview as Overview } from "@/lib/queries/regions/region-overview";
import { KEY_STATES } from "@/lib/filters/kms-names";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatNumber, plural } from "@/components/ui/format";
import { keysListHref } from "./key-links";
import { keyStateStyle } from "./key-state-style";
import { MultiRegionLinks } from "./multi-region-links";

const th = "px-3 py-2 text-right text-xs font-medium text-muted";
const td = "px-3 py-1.5 text-right tabular-nums";

/** Keys per region by KeyState and KeyManager (every number links to the matching keys), and multi-Region links. */
export function RegionOverview({ overview, selected, collapsed }: { overview: Overview; selected?: string; collapsed?: boolean }) {
  const states = KEY_STATES.filter((s) => overview.regions.some((r) => r.byState[s]));
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
          <table className="w-full text-sm">
            <caption className="sr-only">Keys per region by KeyState and KeyManager</caption>
            <thead className="bg-surface-2">
              <tr>
                <th scope="col" className={cn(th, "text-left")}>Region</th>
                <th scope="col" className={th}>Keys</th>
                {states.map((s) => (
                  <th scope="col" key={s} className={cn(th, "whitespace-nowrap", keyStateStyle(s).text)}>
                    {s}
                  </th>
                ))}
                <th scope="col" className={th}>CUSTOMER</th>
                <th scope="col" className={th}>AWS</th>
                <th scope="col" className="w-40 px-3 py-2"><span className="sr-only">Share by KeyState</span></th>
              </tr>
            </thead>
            <tbody>
              {overview.regions.map((r) => (
                <tr key={r.region} className={cn("border-t border-border", r.region === selected && "bg-accent/5")} data-testid="region-row" data-region={r.region}>
                  <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-mono text-sm font-medium">
                    <Link href={keysListHref({ region: r.region })} className="hover:text-accent hover:underline">
                      {r.region}
                    </Link>
                  </th>
                  <td className={cn(td, "font-semibold")}>{formatNumber(r.total)}</td>
                  {states.map((s) => (
                    <td key={s} className={td}>
                      {r.byState[s] ? (
                        <Link href={keysListHref({ region: r.region, state: s })} className={cn("hover:underline", keyStateStyle(s).text)} aria-label={`${formatNumber(r.byState[s])} ${s} keys in ${r.region}`}>
                          {formatNumber(r.byState[s])}
                        </Link>
                      ) : (
                        <span className="text-muted">0</span>
                      )}
                    </td>
                  ))}
                  {(["CUSTOMER", "AWS"] as const).map((m) => (
                    <td key={m} className={td}>
                      <Link href={keysListHref({ region: r.region, manager: m })} className="hover:underline" aria-label={`${formatNumber(r.byManager[m] ?? 0)} ${m} managed keys in ${r.region}`}>
                        {formatNumber(r.byManager[m] ?? 0)}
                      </Link>
                    </td>
                  ))}
                  <td className="px-3 py-1.5">
                    <span className="flex h-1.5 overflow-hidden rounded-full bg-surface-2" aria-hidden>
                      {states.map((s) => (r.byState[s] ? <span key={s} className={keyStateStyle(s).bar} style={{ width: `${(r.byState[s] / r.total) * 100}%` }} /> : null))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <MultiRegionLinks links={overview.links} />
      </details>
    </Card>
  );
}
