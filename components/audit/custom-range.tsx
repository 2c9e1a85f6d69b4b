"use client";

import type { AuditFilterLike } from "@/lib/filters/audit-filter";

// datetime-local has no zone: its value is read and shown as UTC, like every time in Keywarden.
const toInput = (d: Date | undefined) => (d ? d.toISOString().slice(0, 16) : "");

export function CustomRange({ from, until, onChange }: { from?: Date; until?: Date; onChange: (patch: AuditFilterLike) => void }) {
  const field = (name: "from" | "until", label: string, value: Date | undefined) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`audit-${name}`} className="text-xs font-medium text-muted">
        {label} (UTC)
      </label>
      <input
        id={`audit-${name}`}
        type="datetime-local"
        defaultValue={toInput(value)}
        key={toInput(value)}
        onBlur={(e) => {
          if (e.target.value !== toInput(value)) onChange({ range: "custom", [name]: e.target.value || undefined });
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
        }}
        className="h-9 rounded-md border border-border bg-surface px-2 text-sm text-fg focus:border-accent focus:outline-none"
      />
    </div>
  );
  return (
    <>
      {field("from", "From", from)}
      {field("until", "Until", until)}
    </>
  );
}
