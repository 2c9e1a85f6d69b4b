import type { UsageDays } from "@/lib/queries/usage/usage-range";
import { UsageRangePicker } from "./usage-range-picker";

type Props = { titleId: string; summary: string; days: UsageDays; href: (days: UsageDays) => string };

/** "Usage" with what the range holds, and the range picker: the head of the Overview's and a key's usage. */
export function UsageSectionHeader({ titleId, summary, days, href }: Props) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h2 id={titleId} className="text-base font-semibold">
          Usage
        </h2>
        <p className="text-sm text-muted">{summary}</p>
      </div>
      <UsageRangePicker days={days} href={href} />
    </div>
  );
}
