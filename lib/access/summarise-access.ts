import { operationGroup } from "./operation-group";
import { principalLabel } from "./graph/principal-label";
import type { AccessEdge, AccessReport } from "./types";

export type SummaryEntry = { principal: string; label: string; accountId: string | null; via: ("policy" | "grant")[]; flags: string[] };

/** The console's view of who can use a key: administrators, users, other accounts, AWS services, everyone. */
export type AccessSummary = { administrators: SummaryEntry[]; users: SummaryEntry[]; otherAccounts: SummaryEntry[]; services: SummaryEntry[]; everyone: SummaryEntry[] };

function collect(edges: readonly AccessEdge[], keep: (e: AccessEdge) => boolean): SummaryEntry[] {
  const byPrincipal = new Map<string, SummaryEntry>();
  for (const e of edges) {
    if (e.effect !== "Allow" || !keep(e)) continue;
    const entry = byPrincipal.get(e.principal) ?? { principal: e.principal, label: principalLabel(e), accountId: e.accountId, via: [], flags: [] };
    const via = e.source.startsWith("grant:") ? "grant" : "policy";
    if (!entry.via.includes(via)) entry.via.push(via);
    for (const f of e.flags) if (!entry.flags.includes(f)) entry.flags.push(f);
    byPrincipal.set(e.principal, entry);
  }
  return [...byPrincipal.values()].sort((a, b) => a.principal.localeCompare(b.principal));
}

const has = (e: AccessEdge, group: "use" | "manage" | "grant") => e.operations.some((op) => operationGroup(op) === group);
const identity = (e: AccessEdge) => e.principalType !== "everyone" && e.principalType !== "service";

/** Who may administer and use the key, from the access model's edges (Allow edges only). */
export function summariseAccess(report: Pick<AccessReport, "edges">, keyAccount: string | null): AccessSummary {
  const edges = report.edges;
  return {
    administrators: collect(edges, (e) => identity(e) && e.accountId === keyAccount && has(e, "manage")),
    users: collect(edges, (e) => identity(e) && e.accountId === keyAccount && has(e, "use")),
    otherAccounts: collect(edges, (e) => identity(e) && e.accountId !== keyAccount),
    services: collect(edges, (e) => e.principalType === "service"),
    everyone: collect(edges, (e) => e.principalType === "everyone"),
  };
}
