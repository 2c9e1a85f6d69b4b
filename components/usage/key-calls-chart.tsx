"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayErrors } from "@/lib/queries/usage/usage-types";
import { formatNumber } from "@/components/ui/format";
import { AXIS, compact, GRID, shortDay, TOOLTIP } from "./chart-theme";

/** One key's calls per day, the failed ones stacked on top so the error rate reads at a glance. */
export function KeyCallsChart({ days, height = 220 }: { days: DayErrors[]; height?: number }) {
  const rows = days.map((d) => ({ day: d.day, Succeeded: d.calls - d.errors, Failed: d.errors, denied: d.accessDenied }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="day" tickFormatter={shortDay} {...AXIS} minTickGap={16} />
        <YAxis tickFormatter={compact} {...AXIS} width={44} allowDecimals={false} />
        <Tooltip
          {...TOOLTIP}
          labelFormatter={(d) => shortDay(String(d))}
          formatter={(v, name, item) => {
            const p = item.payload as { denied: number };
            return name === "Failed" && p.denied ? `${formatNumber(Number(v))} (${formatNumber(p.denied)} AccessDenied)` : formatNumber(Number(v));
          }}
        />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--muted)" }} iconType="square" iconSize={10} />
        <Bar dataKey="Succeeded" stackId="calls" fill="var(--chart-1)" isAnimationActive={false} maxBarSize={28} />
        <Bar dataKey="Failed" stackId="calls" fill="var(--danger)" isAnimationActive={false} maxBarSize={28} />
      </BarChart>
    </ResponsiveContainer>
  );
}
