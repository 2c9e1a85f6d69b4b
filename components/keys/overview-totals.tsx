import Link from "next/link";
import type { OverviewCounts } from "@/lib/queries/overview/overview-counts";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/components/ui/format";
import { keysListHref } from "./key-links";
import { keyStateStyle } from "./key-state-style";

const find = (counts: { name: string; keys: number }[], name: string) => counts.find((c) => c.name === name)?.keys ?? 0;

export function OverviewTotals({ counts }: { counts: OverviewCounts }) {
  const tiles = [
    { label: "Keys", value: counts.total, href: "/keys" },
    { label: "Accounts", value: counts.byAccount.length, href: "/keys" },
    { label: "Regions", value: counts.byRegion.length, href: "/keys" },
    { label: "Pending deletion", value: find(counts.byState, "PendingDeletion"), href: keysListHref({ state: "PendingDeletion", sort: "deletion", dir: "asc" }), tone: keyStateStyle("PendingDeletion").text },
    { label: "Disabled", value: find(counts.byState, "Disabled"), href: keysListHref({ state: "Disabled" }), tone: "text-warn" },
    { label: "Rotation off", value: find(counts.byRotation, "off"), href: keysListHref({ rotation: "off" }), tone: "text-warn" },
  ];
  return (
    <Card>
      <dl className="grid grid-cols-2 divide-border sm:grid-cols-3 lg:grid-cols-6 lg:divide-x">
        {tiles.map((t) => (
          <div key={t.label} className="px-5 py-4">
            <dt className="text-xs uppercase tracking-wide text-muted">{t.label}</dt>
            <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", t.value > 0 && t.tone)}>
              <Link href={t.href} className="hover:underline" data-testid={`overview-${t.label.toLowerCase().replace(/ /g, "-")}`}>
                {formatNumber(t.value)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
