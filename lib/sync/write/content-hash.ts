import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal content always serializes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("base64url");
}
