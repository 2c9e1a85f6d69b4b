import { cn } from "./cn";

export type Fact = [label: string, value: React.ReactNode];

/** A labelled list of facts (a <dl>); an absent value reads as a dash, never as an invented one. */
export function Facts({ items, className }: { items: Fact[]; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-6 gap-y-2.5 text-sm", className)}>
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="min-w-0 break-words">{value ?? <span className="text-muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
