import Link from "next/link";
import type { Count } from "@/lib/queries/overview/overview-counts";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/components/ui/format";

type Props = { title: string; counts: Count[]; total: number; href: (name: string) => string; barClass?: (name: string) => string; mono?: boolean };

/** Exact counts as labelled bars; each row opens the keys table filtered to it. */
export function CountList({ title, counts, total, href, barClass = () => "bg-accent", mono }: Props) {
  return (
    <Card>
      <CardHeader title={title} />
      <ul className="space-y-2.5 p-5" aria-label={title}>
        {counts.map((c) => (
          <li key={c.name}>
            <Link href={href(c.name)} className="group block">
              <span className="flex items-baseline justify-between gap-3 text-sm">
                <span className={cn("truncate group-hover:text-accent group-hover:underline", mono && "font-mono")}>
                  {c.label ?? c.name}
                  {c.detail ? <span className="ml-1.5 text-xs text-muted">{c.detail}</span> : null}
                </span>
                <span className="font-semibold tabular-nums">{formatNumber(c.keys)}</span>
              </span>
              <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-surface-2" aria-hidden>
                <span className={cn("block h-full rounded-full", barClass(c.name))} style={{ width: `${total ? Math.max(1, (c.keys / total) * 100) : 0}%` }} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
