import { operationGroup } from "../operation-group";
import type { AccessEdge } from "../types";
import type { AccessGraphFilter } from "./graph-types";

export const NO_FILTER: AccessGraphFilter = { groups: [], sources: [], flags: [], search: "" };

/**
 * The edges a filter keeps (an empty list keeps all). An operation-group filter narrows each edge
 * to the operations of those groups, so "use" shows Decrypt but not PutKeyPolicy of the same statement.
 */
export function filterAccessEdges(edges: readonly AccessEdge[], f: AccessGraphFilter): AccessEdge[] {
  const search = f.search.trim().toLowerCase();
  return edges.flatMap((e) => {
    if (f.sources.length && !f.sources.includes(e.source.startsWith("grant:") ? "grant" : "policy")) return [];
    if (f.flags.length && !e.flags.some((x) => f.flags.includes(x))) return [];
    if (search && !e.principal.toLowerCase().includes(search) && !(e.accountId ?? "").includes(search)) return [];
    if (!f.groups.length) return [e];
    const operations = e.operations.filter((op) => {
      const g = operationGroup(op);
      return g !== null && f.groups.includes(g);
    });
    return operations.length ? [{ ...e, operations }] : [];
  });
}
