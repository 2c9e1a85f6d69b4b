"use client";

import { X } from "lucide-react";
import { DEFAULT_OWN_CALLS, isAuditFiltered, TIME_RANGES, type AuditFilter, type AuditFilterLike, type OwnCalls } from "@/lib/filters/audit-filter";
import type { AuditFilterOptions } from "@/lib/queries/audit-events/audit-filter-options";
import { KeySearchBox } from "@/components/keys/key-search-box";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { CustomRange } from "./custom-range";
import { FilterChip } from "./filter-chip";
import { keyLabel } from "./audit-labels";

const RANGE_LABELS: Record<(typeof TIME_RANGES)[number], string> = { "1h": "Last hour", "24h": "Last 24 hours", "7d": "Last 7 days", "30d": "Last 30 days", "90d": "Last 90 days" };
const OWN_LABELS: Record<OwnCalls, string> = { hide: "Hide", show: "Show", only: "Only these" };
const names = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export const CLEARED: AuditFilterLike = { account: undefined, region: undefined, key: undefined, eventName: undefined, principal: undefined, service: undefined, access: undefined, errorsOnly: false, own: DEFAULT_OWN_CALLS, q: undefined };

type Props = { filter: AuditFilter; options: AuditFilterOptions; onChange: (patch: AuditFilterLike) => void };

export function AuditFilterBar({ filter, options, onChange }: Props) {
  const select = (field: "account" | "region" | "eventName" | "service" | "access", label: string, values: { value: string; label: string }[]) => {
    const value = filter[field] ?? "";
    // a deep link may name a value the options do not list (yet)
    const all = value && !values.some((o) => o.value === value) ? [{ value, label: value }, ...values] : values;
    return <SelectField id={`audit-${field}`} label={label} value={value} options={all} anyLabel="Any" onChange={(v) => onChange({ [field]: v || undefined })} />;
  };
  return (
    <form role="search" aria-label="Filter events" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-3">
        <KeySearchBox id="audit-search" value={filter.q ?? ""} placeholder="Principal or key: ARN, role, user, alias or key id" onSearch={(q) => onChange({ q: q || undefined })} />
        <SelectField
          id="audit-range"
          label="Time range"
          value={filter.range}
          options={[...TIME_RANGES.map((r) => ({ value: r, label: RANGE_LABELS[r] })), { value: "custom", label: "Custom…" }]}
          onChange={(v) => onChange(v === "custom" ? { range: "custom", from: new Date(Date.now() - 86_400_000).toISOString().slice(0, 16) } : { range: v, from: undefined, until: undefined })}
          className="w-40"
        />
        {filter.range === "custom" ? <CustomRange from={filter.from} until={filter.until} onChange={onChange} /> : null}
      </div>
      <div className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3 xl:grid-cols-7">
        {select("account", "Account", options.accounts.map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.id})` : a.id })))}
        {select("region", "Region", names(options.regions))}
        {select("eventName", "Event name", names(options.eventNames))}
        {select("service", "Calling service", names(options.services))}
        {select("access", "Read / write", [
          { value: "read", label: "Read-only" },
          { value: "write", label: "Write" },
        ])}
        <label className="flex h-9 items-center gap-2 text-sm">
          {/* uncontrolled: it shows the click at once, while the page answers */}
          <input type="checkbox" id="audit-errors" key={String(filter.errorsOnly)} defaultChecked={filter.errorsOnly} onChange={(e) => onChange({ errorsOnly: e.target.checked })} className="size-4 accent-[var(--danger)]" />
          Errors only
        </label>
        <SelectField
          id="audit-own"
          label="Keywarden's own calls"
          value={filter.own}
          options={(Object.keys(OWN_LABELS) as OwnCalls[]).map((v) => ({ value: v, label: OWN_LABELS[v] }))}
          onChange={(v) => onChange({ own: v })}
        />
      </div>
      {filter.key || filter.principal || isAuditFiltered(filter) ? (
        <div className="flex flex-wrap items-center gap-2">
          {filter.key ? <FilterChip label="Key" value={keyLabel(filter.key, null)} title={filter.key} onRemove={() => onChange({ key: undefined })} /> : null}
          {filter.principal ? <FilterChip label="Principal" value={filter.principal} onRemove={() => onChange({ principal: undefined })} /> : null}
          <Button type="button" variant="ghost" size="sm" onClick={() => onChange(CLEARED)}>
            <X className="size-4" aria-hidden />
            Clear filters
          </Button>
        </div>
      ) : null}
    </form>
  );
}
