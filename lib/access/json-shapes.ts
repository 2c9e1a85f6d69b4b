export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A policy element that may be one string or a non-empty list of strings, as a list; null otherwise. */
export const stringList = (v: unknown): string[] | null =>
  typeof v === "string" ? [v] : Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string") ? (v as string[]) : null;
