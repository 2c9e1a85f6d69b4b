import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatNumber } from "@/components/ui/format";

/** `usageUnknown`: the trails of the item's account-Region leave out KMS events, so its calls are not its whole usage. */
export type RankedItem = { id: string; label: React.ReactNode; detail?: React.ReactNode; href?: string; calls: number; errors: number; usageUnknown?: boolean };

/** The busiest keys or principals over the range, as bars scaled to the first. */
export function RankedList({ title, description, items, empty }: { title: string; description?: string; items: RankedItem[]; empty: string }) {
  const top = items[0]?.calls ?? 0;
  return (
    <Card>
      <CardHeader title={title} description={description} />
      {items.length === 0 ? (
        <p className="p-5 text-sm text-muted">{empty}</p>
      ) : (
        <ol className="space-y-3 p-5" aria-label={title}>
          {items.map((item) => (
            <li key={item.id} className="min-w-0">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 truncate">
                  {item.href ? (
                    <Link href={item.href} className="hover:text-accent hover:underline">
                      {item.label}
                    </Link>
                  ) : (
                    item.label
                  )}
                </span>
                <span className="shrink-0 tabular-nums">
                  {item.usageUnknown ? (
                    <span className="mr-1.5 text-xs text-muted" data-testid="ranked-usage-unknown" title="The trails of this account-Region exclude KMS events: these are only the calls seen, not the whole usage">
                      usage unknown ·
                    </span>
                  ) : null}
                  <span className="font-semibold">{item.usageUnknown ? `≥ ${formatNumber(item.calls)}` : formatNumber(item.calls)}</span>
                  {item.errors ? <span className="ml-1.5 text-xs text-warn">{formatNumber(item.errors)} failed</span> : null}
                </span>
              </div>
              {item.detail ? <div className="truncate text-xs text-muted">{item.detail}</div> : null}
              <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-surface-2" aria-hidden>
                <span className="block h-full rounded-full bg-accent" style={{ width: `${top ? Math.max(1, (item.calls / top) * 100) : 0}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
