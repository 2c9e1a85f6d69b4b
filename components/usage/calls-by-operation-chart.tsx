"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OperationSeries } from "@/lib/queries/usage/top-operations";
import { formatNumber } from "@/components/ui/format";
import { AXIS, compact, GRID, seriesColor, shortDay, TOOLTIP } from "./chart-theme";

/** Calls per day, stacked by operation (the busiest ones; the rest as Other). */
export function CallsByOperationChart({ series, height = 260 }: { series: OperationSeries; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={series.rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="day" tickFormatter={shortDay} {...AXIS} minTickGap={16} />
        <YAxis tickFormatter={compact} {...AXIS} width={44} allowDecimals={false} />
        <Tooltip {...TOOLTIP} labelFormatter={(d) => shortDay(String(d))} formatter={(v) => formatNumber(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--muted)" }} iconType="square" iconSize={10} />
        {series.operations.map((op, i) => (
          <Bar key={op} dataKey={op} stackId="calls" fill={seriesColor(i, op)} isAnimationActive={false} maxBarSize={28} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
