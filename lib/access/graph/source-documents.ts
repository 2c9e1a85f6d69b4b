import type { GrantInput } from "../types";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The statement or grant each edge source names, as written: `policy:<Sid>` or `policy:#<index>`
 * (the access model's naming) to its statement, `grant:<GrantId>` to its grant. A policy that is
 * not JSON contributes nothing.
 */
export function sourceDocuments(policyText: string | null, grants: readonly GrantInput[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let doc: unknown = null;
  try {
    doc = policyText ? JSON.parse(policyText) : null;
  } catch {
    doc = null;
  }
  const statements = isObject(doc) ? (Array.isArray(doc.Statement) ? doc.Statement : isObject(doc.Statement) ? [doc.Statement] : []) : [];
  statements.forEach((s: unknown, index: number) => {
    if (!isObject(s)) return;
    out[typeof s.Sid === "string" && s.Sid ? `policy:${s.Sid}` : `policy:#${index}`] = s;
  });
  for (const g of grants) out[`grant:${g.GrantId ?? "?"}`] = g;
  return out;
}
