// Recharts reads colours as SVG attributes: CSS variables from app/globals.css, so light and dark
// themes both apply without re-rendering.

export const SERIES_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)", "var(--chart-7)"];

export const seriesColor = (i: number, name?: string) => (name === "Other" ? "var(--chart-7)" : SERIES_COLORS[i % (SERIES_COLORS.length - 1)]!);

export const AXIS = { stroke: "var(--border)", tick: { fill: "var(--muted)", fontSize: 11 }, tickLine: false } as const;

export const GRID = { stroke: "var(--border)", strokeDasharray: "3 3", vertical: false } as const;

export const TOOLTIP = {
  contentStyle: { background: "var(--surface)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--fg)", fontSize: 12 },
  labelStyle: { color: "var(--fg)", fontWeight: 600 },
  itemStyle: { color: "var(--fg)" },
  cursor: { fill: "var(--surface-2)" },
} as const;

/** "2026-03-05" → "Mar 5" (UTC, as every date on the page). */
export function shortDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return d.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

export const compact = (n: number) => Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);
