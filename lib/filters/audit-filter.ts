import { z } from "zod";
import { err, ok, type Result } from "@/lib/result";
import { parseSearchParams, type SearchParamsInput } from "./parse-search-params";

// The audit explorer's filter, as it appears in the URL (deep links), the events and export
// routes. Framework-free: the filter bar in the browser uses it too.

export const TIME_RANGES = ["1h", "24h", "7d", "30d", "90d"] as const;
export type TimeRange = (typeof TIME_RANGES)[number];
export const DEFAULT_RANGE: TimeRange = "7d";

const RANGE_MS: Record<TimeRange, number> = { "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000, "90d": 90 * 86_400_000 };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const isoTime = z
  .string()
  .regex(ISO_TIME, "must be an ISO-8601 time such as 2026-06-01 or 2026-06-01T12:00:00Z")
  .transform((s, ctx) => {
    const time = new Date(/T.*(Z|[+-]\d{2}:?\d{2})$/.test(s) || !s.includes("T") ? s : `${s}Z`);
    if (Number.isNaN(time.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${s}" is not a valid time` });
      return z.NEVER;
    }
    return time;
  });

/** Keywarden's own calls (its sync's reads): not usage, hidden unless asked for. */
export const OWN_CALLS = ["hide", "show", "only"] as const;
export type OwnCalls = (typeof OWN_CALLS)[number];
export const DEFAULT_OWN_CALLS: OwnCalls = "hide";

const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]{1,128}$/;
const text = (max: number, what: string) => z.string().max(max, `${what} is limited to ${max} characters`);

export const auditFilterSchema = z.object({
  range: z.enum(TIME_RANGES, { error: (i) => `"${String(i.input)}" is not a time range; use one of ${TIME_RANGES.join(", ")}, or from and until` }).optional(),
  from: isoTime.optional(),
  until: isoTime.optional(),
  account: z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id").optional(),
  region: z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/, "must be an AWS region such as eu-west-1").optional(),
  key: z.string().regex(KEY_ARN, "must be a key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab").optional(),
  eventName: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, "must be a CloudTrail event name such as Decrypt").optional(),
  principal: text(2048, "principal").optional(),
  service: z.string().regex(/^[\w.:-]{1,128}$/, "must be a calling service such as ec2.amazonaws.com").optional(),
  access: z.enum(["read", "write"], { error: (i) => `"${String(i.input)}" is not an access type; use read or write` }).optional(),
  errors: z.enum(["1"], { error: () => 'use errors=1 for errors only, or leave it out' }).optional(),
  own: z.enum(OWN_CALLS, { error: (i) => `"${String(i.input)}" is not a choice for Keywarden's own calls; use ${OWN_CALLS.join(", ")}` }).optional(),
  q: text(200, "search text")
    .transform((s) => s.trim().replace(/\s+/g, " ") || undefined)
    .optional(),
});

type Parsed = z.output<typeof auditFilterSchema>;
export type AuditFilter = Omit<Parsed, "range" | "errors" | "own"> & { range: TimeRange | "custom"; errorsOnly: boolean; own: OwnCalls };
export const AUDIT_FILTER_FIELDS = Object.keys(auditFilterSchema.shape) as (keyof Parsed)[];

/** Reads the filter's own fields from search params; other params (the open event, cursor…) are ignored. Empty values mean "any". */
export function parseAuditFilter(params: SearchParamsInput): Result<AuditFilter> {
  const parsed = parseSearchParams(auditFilterSchema, params);
  if (!parsed.ok) return parsed;
  const { range, errors, own, ...rest } = parsed.data;
  const custom = rest.from !== undefined || rest.until !== undefined;
  if (custom && range) return err("invalid_input", "range: give a range or from/until, not both", { range: "give a range or from/until, not both" });
  if (rest.from && rest.until && rest.from >= rest.until) return err("invalid_input", "from: must be earlier than until", { from: "must be earlier than until" });
  return ok({ ...rest, range: custom ? "custom" : (range ?? DEFAULT_RANGE), errorsOnly: errors === "1", own: own ?? DEFAULT_OWN_CALLS });
}

/** The filter's time window: since inclusive, until exclusive (open when undefined). */
export function auditTimeWindow(filter: AuditFilter, now: Date): { since?: Date; until?: Date } {
  if (filter.range === "custom") return { since: filter.from, until: filter.until };
  return { since: new Date(now.getTime() - RANGE_MS[filter.range]) };
}

/** Filter values as loose strings, for links; parseAuditFilter checks them when followed. */
export type AuditFilterLike = Partial<Record<Exclude<keyof AuditFilter, "errorsOnly" | "from" | "until">, string | undefined>> & {
  from?: Date | string;
  until?: Date | string;
  errorsOnly?: boolean;
};

/** The URL form of a filter: only what differs from the defaults, in a stable order. */
export function auditFilterToSearchParams(filter: AuditFilterLike): URLSearchParams {
  const out = new URLSearchParams();
  const custom = filter.range === "custom" || filter.from !== undefined || filter.until !== undefined;
  for (const field of AUDIT_FILTER_FIELDS) {
    if (field === "errors") {
      if (filter.errorsOnly) out.set("errors", "1");
      continue;
    }
    const value = filter[field];
    if (value === undefined || value === "") continue;
    if (field === "range" && (custom || value === DEFAULT_RANGE)) continue;
    if (field === "own" && value === DEFAULT_OWN_CALLS) continue;
    out.set(field, value instanceof Date ? value.toISOString() : String(value));
  }
  return out;
}

const NARROWING = ["account", "region", "key", "eventName", "principal", "service", "access", "q"] as const;

/** Whether anything beyond the time range narrows the events. */
export function isAuditFiltered(filter: AuditFilter): boolean {
  return filter.errorsOnly || filter.own === "only" || NARROWING.some((f) => filter[f] !== undefined);
}

export function auditHref(filter: AuditFilterLike): string {
  const qs = auditFilterToSearchParams(filter).toString();
  return qs ? `/audit?${qs}` : "/audit";
}
