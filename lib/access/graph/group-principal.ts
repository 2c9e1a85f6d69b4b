import type { AccessEdge } from "../types";
import type { PrincipalGroup } from "./graph-types";

/** The group a principal is drawn in: its account (by name where known), the AWS services, or everyone. */
export function groupPrincipal(edge: Pick<AccessEdge, "principalType" | "accountId">, accountNames: Readonly<Record<string, string>>, keyAccount: string | null): PrincipalGroup {
  if (edge.principalType === "everyone") return { id: "everyone", kind: "everyone", label: "Everyone", accountId: null };
  if (edge.principalType === "service") return { id: "services", kind: "services", label: "AWS services", accountId: null };
  if (!edge.accountId) return { id: "other", kind: "other", label: "Other identities", accountId: null };
  const name = accountNames[edge.accountId];
  const own = edge.accountId === keyAccount ? " (this key's account)" : "";
  const label = name ? `${name} · ${edge.accountId}${own}` : `Account ${edge.accountId}${own || (name ? "" : " (not inventoried)")}`;
  return { id: `account:${edge.accountId}`, kind: "account", label, accountId: edge.accountId };
}
