import type { z } from "zod";
import { err, ok, type Result } from "@/lib/result";

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Reads a filter's own fields from search params (others are ignored; empty values mean "any";
 * a field given twice is refused) and parses them with its schema, naming the field at fault.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, params: SearchParamsInput): Result<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const field of Object.keys(schema.shape)) {
    const values = params instanceof URLSearchParams ? params.getAll(field) : [params[field] ?? []].flat();
    if (values.length > 1) return err("invalid_input", `${field}: give one value, not ${values.length}`, { [field]: "give one value" });
    if (values[0]) raw[field] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    const first = parsed.error.issues[0]!;
    return err("invalid_input", `${String(first.path[0])}: ${first.message}`, fieldErrors);
  }
  return ok(parsed.data);
}
