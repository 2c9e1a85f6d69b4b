/**
 * Query parameters as a plain object for a zod schema: empty values mean "not given" (a form's
 * blank field), a parameter given once is a string and one given more often an array, which a
 * schema expecting one value refuses.
 */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length > 0) out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}
