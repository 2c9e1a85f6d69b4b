import Link from "next/link";
import { USAGE_RANGES, type UsageDays } from "@/lib/queries/usage/usage-range";
import { cn } from "@/components/ui/cn";

/** The time range as links (?days=N), so it is in the URL and works without JavaScript. */
export function UsageRangePicker({ days, href }: { days: UsageDays; href: (days: UsageDays) => string }) {
  return (
    <nav aria-label="Usage time range" className="inline-flex rounded-md border border-border bg-surface p-0.5 text-xs">
      {USAGE_RANGES.map((d) => (
        <Link
          key={d}
          href={href(d)}
          scroll={false}
          aria-current={d === days ? "true" : undefined}
          className={cn("rounded px-2.5 py-1 font-medium", d === days ? "bg-accent text-accent-fg" : "text-muted hover:bg-surface-2 hover:text-fg")}
        >
          {d} days
        </Link>
      ))}
    </nav>
  );
}
