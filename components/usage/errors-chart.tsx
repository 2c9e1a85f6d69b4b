"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayErrors } from "@/lib/queries/usage/usage-types";
import { formatNumber } from "@/components/ui/format";
import { AXIS, compact, GRID, shortDay, TOOLTIP } from "./chart-theme";

/** Failed calls per day, AccessDenied apart: a rise is a broken deployment or someone probing. */
export function ErrorsChart({ days, height = 260 }: { days: DayErrors[]; height?: number }) {
  const rows = days.map((d) => ({ day: d.day, "All errors": d.errors, AccessDenied: d.accessDenied, rate: d.calls ? (100 * d.errors) / d.calls : 0 }));
  // straight lines between daily counts (a smoothed curve would invent values between days); points when few
  const dots = days.length <= 14;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="day" tickFormatter={shortDay} {...AXIS} minTickGap={16} />
        <YAxis tickFormatter={compact} {...AXIS} width={44} allowDecimals={false} />
        <Tooltip
          {...TOOLTIP}
          cursor={{ stroke: "var(--border)" }}
          labelFormatter={(d) => shortDay(String(d))}
          formatter={(v, name, item) => (name === "All errors" ? `${formatNumber(Number(v))} (${(item.payload as { rate: number }).rate.toFixed(2)}% of calls)` : formatNumber(Number(v)))}
        />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--muted)" }} iconType="plainline" />
        <Line type="linear" dataKey="All errors" stroke="var(--warn)" strokeWidth={2} dot={dots && { r: 2.5, fill: "var(--warn)" }} isAnimationActive={false} />
        <Line type="linear" dataKey="AccessDenied" stroke="var(--chart-4)" strokeWidth={2} strokeDasharray="5 3" dot={dots && { r: 2.5, fill: "var(--chart-4)" }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
