"use client";

import type { Flag, OperationGroup } from "@/lib/access";
import type { AccessGraphFilter, SourceKind } from "@/lib/access/graph/graph-types";
import { cn } from "@/components/ui/cn";

const GROUPS: OperationGroup[] = ["use", "manage", "grant"];
const SOURCES: { value: SourceKind; label: string }[] = [
  { value: "policy", label: "Policy" },
  { value: "grant", label: "Grants" },
];

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Chips<T extends string>({ legend, options, selected, onChange }: { legend: string; options: { value: T; label: string }[]; selected: readonly T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5">
      <legend className="sr-only">{legend}</legend>
      <span aria-hidden className="mr-1 text-xs font-medium text-muted">
        {legend}
      </span>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={on}
            onClick={() => onChange(toggle(selected, o.value))}
            className={cn("h-7 rounded-full border px-2.5 text-xs font-medium", on ? "border-accent bg-accent text-accent-fg" : "border-border bg-surface text-fg hover:bg-surface-2")}
          >
            {o.label}
          </button>
        );
      })}
    </fieldset>
  );
}

export function AccessFilters({ filter, flags, onChange }: { filter: AccessGraphFilter; flags: readonly Flag[]; onChange: (f: AccessGraphFilter) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2" role="group" aria-label="Filter the graph">
      <Chips legend="Operations" options={GROUPS.map((g) => ({ value: g, label: g }))} selected={filter.groups} onChange={(groups) => onChange({ ...filter, groups })} />
      <Chips legend="Source" options={SOURCES} selected={filter.sources} onChange={(sources) => onChange({ ...filter, sources })} />
      {flags.length ? <Chips legend="Flag" options={flags.map((f) => ({ value: f, label: f }))} selected={filter.flags} onChange={(next) => onChange({ ...filter, flags: next })} /> : null}
      <label className="flex items-center gap-2 text-xs font-medium text-muted">
        Principal
        <input
          type="search"
          value={filter.search}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
          placeholder="role name, ARN or account id"
          className="h-8 w-64 rounded-md border border-border bg-surface px-2 text-sm text-fg placeholder:text-muted"
        />
      </label>
    </div>
  );
}
