import { cn } from "./cn";

type Option = { value: string; label: string };

type Props = { id: string; label: string; value: string; options: Option[]; anyLabel?: string; onChange: (value: string) => void; className?: string };

/** A labelled native select: keyboard, screen readers and tests all know how to use it. */
export function SelectField({ id, label, value, options, anyLabel, onChange, className }: Props) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-9 rounded-md border border-border bg-surface px-2 text-sm text-fg focus:border-accent focus:outline-none"
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
