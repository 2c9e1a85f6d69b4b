"use client";

import { X } from "lucide-react";
import { isFiltered, type KeyFilter } from "@/lib/filters/key-filter";
import type { KeyFilterOptions } from "@/lib/queries/keys/filter-options";
import { KEY_MANAGERS, KEY_SPECS, KEY_STATES, KEY_USAGES, ORIGINS } from "@/lib/filters/kms-names";
import { KEY_SORT_NAMES, KEY_SORTS } from "@/lib/filters/sort-options";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { KeySearchBox } from "./key-search-box";

const names = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const ROTATION = [
  { value: "on", label: "On" },
  { value: "off", label: "Off" },
  { value: "unsupported", label: "Not supported" },
];

type Props = { filter: KeyFilter; options: KeyFilterOptions; onChange: (patch: Partial<KeyFilter>) => void };

export function KeyFilterBar({ filter, options, onChange }: Props) {
  const select = (field: keyof KeyFilter, label: string, values: { value: string; label: string }[]) => {
    const value = String(filter[field] ?? "");
    // a deep link may name an account or region the inventory does not know (yet)
    const all = value && !values.some((o) => o.value === value) ? [{ value, label: value }, ...values] : values;
    return <SelectField id={`filter-${field}`} label={label} value={value} options={all} anyLabel="Any" onChange={(v) => onChange({ [field]: v || undefined })} />;
  };
  return (
    <form role="search" aria-label="Filter keys" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-3">
        <KeySearchBox value={filter.q ?? ""} onSearch={(q) => onChange({ q: q.trim() || undefined })} />
        <SelectField
          id="filter-sort"
          label="Sort by"
          value={filter.sort}
          options={KEY_SORT_NAMES.map((s) => ({ value: s, label: KEY_SORTS[s].label }))}
          onChange={(v) => onChange({ sort: v as KeyFilter["sort"], dir: KEY_SORTS[v as KeyFilter["sort"]].defaultDir })}
          className="w-36"
        />
        <SelectField
          id="filter-dir"
          label="Order"
          value={filter.dir}
          options={[
            { value: "asc", label: "Ascending" },
            { value: "desc", label: "Descending" },
          ]}
          onChange={(v) => onChange({ dir: v as KeyFilter["dir"] })}
          className="w-32"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8">
        {select("account", "Account", options.accounts.map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.id})` : a.id })))}
        {select("region", "Region", names(options.regions))}
        {select("state", "KeyState", names(KEY_STATES))}
        {select("manager", "KeyManager", names(KEY_MANAGERS))}
        {select("spec", "KeySpec", names(KEY_SPECS))}
        {select("usage", "KeyUsage", names(KEY_USAGES))}
        {select("origin", "Origin", names(ORIGINS))}
        {select("rotation", "Rotation", ROTATION)}
      </div>
      {isFiltered(filter) ? (
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange({ account: undefined, region: undefined, state: undefined, manager: undefined, spec: undefined, usage: undefined, origin: undefined, rotation: undefined, q: undefined })}>
          <X className="size-4" aria-hidden />
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
