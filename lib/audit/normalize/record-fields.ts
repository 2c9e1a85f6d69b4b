export type JsonObject = Record<string, unknown>;

export function asRecord(v: unknown): JsonObject | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

/** A non-empty string field, or null. */
export function text(v: unknown): string | null {
  return typeof v === "string" && v.length > 0 ? v : null;
}

/** readOnly is a boolean in trail files, a string in LookupEvents and in some older copies. */
export function bool(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return null;
}
