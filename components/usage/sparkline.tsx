import { formatNumber } from "@/components/ui/format";

type Props = { values: number[]; days: string[]; width?: number; height?: number };

/**
 * Daily calls as a small area line. Plain SVG rather than Recharts: a virtualized table draws
 * dozens at once while scrolling, and a sparkline needs no axes, tooltip or animation.
 */
export function Sparkline({ values, days, width = 84, height = 24 }: Props) {
  const max = Math.max(...values, 1);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const y = (v: number) => height - 2 - (v / max) * (height - 4);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const total = values.reduce((a, b) => a + b, 0);
  const label = `${formatNumber(total)} calls from ${days[0]} to ${days.at(-1)}; busiest day ${formatNumber(Math.max(...values))}`;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="shrink-0 overflow-visible">
      <title>{label}</title>
      <polygon points={`0,${height} ${points} ${width},${height}`} fill="var(--accent)" opacity={0.15} />
      <polyline points={points} fill="none" stroke="var(--accent)" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
