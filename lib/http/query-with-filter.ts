import { z } from "zod";
import type { SearchParamsInput } from "@/lib/filters/parse-search-params";
import type { Result } from "@/lib/result";

const rawQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/**
 * A route's query that carries a page's filter beside its own fields: the filter is read by the
 * page's own parser (the same one the page and its deep links use, with its cross-field rules),
 * the other fields by `own`. Problems of both are reported together, field by field.
 */
export function queryWithFilter<F, S extends z.ZodRawShape>(parseFilter: (params: SearchParamsInput) => Result<F>, own: S) {
  const ownSchema = z.object(own);
  return rawQuery.transform((raw, ctx) => {
    const fields = ownSchema.safeParse(raw);
    if (!fields.success) for (const issue of fields.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    const filter = parseFilter(raw);
    if (!filter.ok) {
      for (const [path, message] of Object.entries(filter.fieldErrors ?? { filter: filter.message })) ctx.addIssue({ code: "custom", path: [path], message });
    }
    if (!fields.success || !filter.ok) return z.NEVER;
    return { ...fields.data, filter: filter.data };
  });
}
