import { z } from "zod";
import { ok, type Result } from "@/lib/result";
import { parseSearchParams, type SearchParamsInput } from "./parse-search-params";
import { KEY_MANAGERS, KEY_SPECS, KEY_STATES, KEY_USAGES, ORIGINS, ROTATION_FILTERS } from "./kms-names";
import { DEFAULT_SORT, KEY_SORTS, KEY_SORT_NAMES, type SortDir } from "./sort-options";

// The keys table's filter, as it appears in the URL (deep links), the /api/keys route, the export
// route and `npm run inventory`. Framework-free: the filter bar in the browser uses it too.

const oneOf = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not a ${what}; use one of ${values.join(", ")}` });

export const keyFilterSchema = z.object({
  account: z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id").optional(),
  region: z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/, "must be an AWS region such as eu-west-1").optional(),
  state: oneOf("KeyState", KEY_STATES).optional(),
  manager: oneOf("KeyManager", KEY_MANAGERS).optional(),
  spec: oneOf("KeySpec", KEY_SPECS).optional(),
  usage: oneOf("KeyUsage", KEY_USAGES).optional(),
  origin: oneOf("Origin", ORIGINS).optional(),
  rotation: oneOf("rotation setting", ROTATION_FILTERS).optional(),
  q: z
    .string()
    .max(200, "search text is limited to 200 characters")
    .transform((s) => s.trim().replace(/\s+/g, " ") || undefined)
    .optional(),
  sort: oneOf("sort", KEY_SORT_NAMES).default(DEFAULT_SORT),
  dir: oneOf("sort direction", ["asc", "desc"] as const).optional(),
});

export type KeyFilterInput = z.input<typeof keyFilterSchema>;
export type KeyFilter = Omit<z.output<typeof keyFilterSchema>, "dir"> & { dir: SortDir };
export const KEY_FILTER_FIELDS = Object.keys(keyFilterSchema.shape) as (keyof KeyFilterInput)[];

/** Reads the filter's own fields from search params; other params are ignored. Empty values mean "any". */
export function parseKeyFilter(params: SearchParamsInput): Result<KeyFilter> {
  const parsed = parseSearchParams(keyFilterSchema, params);
  if (!parsed.ok) return parsed;
  const { dir, ...rest } = parsed.data;
  return ok({ ...rest, dir: dir ?? KEY_SORTS[rest.sort].defaultDir });
}

/** The URL form of a filter: only what differs from the defaults, in a stable order. */
/** Filter values as loose strings, for links built from counts; parseKeyFilter checks them when followed. */
export type KeyFilterLike = Partial<Record<keyof KeyFilter, string | undefined>>;

export function keyFilterToSearchParams(filter: KeyFilterLike): URLSearchParams {
  const out = new URLSearchParams();
  const sort = (filter.sort ?? DEFAULT_SORT) as KeyFilter["sort"];
  for (const field of KEY_FILTER_FIELDS) {
    const value = filter[field];
    if (value === undefined || value === "") continue;
    if (field === "sort" && value === DEFAULT_SORT) continue;
    if (field === "dir" && value === KEY_SORTS[sort]?.defaultDir) continue;
    out.set(field, String(value));
  }
  return out;
}

export function isFiltered(filter: KeyFilter): boolean {
  return KEY_FILTER_FIELDS.some((f) => f !== "sort" && f !== "dir" && filter[f] !== undefined);
}
