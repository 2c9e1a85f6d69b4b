"use client";

import Link from "next/link";
import { useMemo } from "react";
import type { RegionOverview } from "@/lib/queries/regions/region-overview";
import { KEY_STATES } from "@/lib/filters/kms-names";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/components/ui/format";
import { keysListHref } from "./key-links";
import { keyStateStyle } from "./key-state-style";

type Region = RegionOverview["regions"][number];

const number = "py-1.5 text-right tabular-nums";
const head = "py-2 whitespace-nowrap";

function stateColumn(s: (typeof KEY_STATES)[number]): DataColumn<Region> {
  return {
    id: s,
    header: s,
    className: number,
    headerClassName: cn(head, keyStateStyle(s).text),
    cell: (r) =>
      r.byState[s] ? (
        <Link href={keysListHref({ region: r.region, state: s })} className={cn("hover:underline", keyStateStyle(s).text)} aria-label={`${formatNumber(r.byState[s])} ${s} keys in ${r.region}`}>
          {formatNumber(r.byState[s])}
        </Link>
      ) : (
        <span className="text-muted">0</span>
      ),
  };
}

function managerColumn(m: "CUSTOMER" | "AWS"): DataColumn<Region> {
  return {
    id: m,
    header: m,
    className: number,
    headerClassName: head,
    cell: (r) => (
      <Link href={keysListHref({ region: r.region, manager: m })} className="hover:underline" aria-label={`${formatNumber(r.byManager[m] ?? 0)} ${m} managed keys in ${r.region}`}>
        {formatNumber(r.byManager[m] ?? 0)}
      </Link>
    ),
  };
}

function columns(states: (typeof KEY_STATES)[number][]): DataColumn<Region>[] {
  return [
    {
      id: "region",
      header: "Region",
      rowHeader: true,
      className: "whitespace-nowrap py-1.5 font-mono text-sm font-medium",
      headerClassName: "py-2 font-sans text-xs",
      cell: (r) => (
        <Link href={keysListHref({ region: r.region })} className="hover:text-accent hover:underline">
          {r.region}
        </Link>
      ),
    },
    { id: "total", header: "Keys", className: cn(number, "font-semibold"), headerClassName: "py-2 font-medium", cell: (r) => formatNumber(r.total) },
    ...states.map(stateColumn),
    managerColumn("CUSTOMER"),
    managerColumn("AWS"),
    {
      id: "share",
      header: "Share by KeyState",
      headerHidden: true,
      className: "w-40 py-1.5",
      cell: (r) => (
        <span className="flex h-1.5 overflow-hidden rounded-full bg-surface-2" aria-hidden>
          {states.map((s) => (r.byState[s] ? <span key={s} className={keyStateStyle(s).bar} style={{ width: `${(r.byState[s] / r.total) * 100}%` }} /> : null))}
        </span>
      ),
    },
  ];
}

/** Keys per region by KeyState and KeyManager; every number links to the matching keys. */
export function RegionTable({ overview, selected }: { overview: RegionOverview; selected?: string }) {
  const cols = useMemo(() => columns(KEY_STATES.filter((s) => overview.regions.some((r) => r.byState[s]))), [overview]);
  return (
    <DataTable
      caption="Keys per region by KeyState and KeyManager"
      captionHidden
      columns={cols}
      rows={overview.regions}
      rowId={(r) => r.region}
      rowTestId="region-row"
      rowAttributes={(r) => ({ "data-region": r.region, className: cn(r.region === selected && "bg-accent/5") })}
      headClassName="bg-surface-2"
    />
  );
}
