import { conditionValues } from "./parse-conditions";
import type { PolicyCondition } from "./types";

export type Trust = { isKnownAccount(account: string): boolean; orgId: string | undefined };

/**
 * Which callers a set of restrictions admits. Groups are ANDed, the conditions inside a group
 * ORed (a Deny-unless with several keys spares a caller who matches any of them).
 * - `none`: no restriction on who the caller is;
 * - `known`: only the key's, inventoried or trusted accounts, or the configured organization;
 * - `foreign`: some account or organization outside those (`detail` names it);
 * - `unknown`: restricted, but not by account (aws:userid, aws:SourceVpc…).
 */
export type CallerScope = { scope: "none" | "known" | "unknown" } | { scope: "foreign"; detail: string };

function valueScope(key: string, value: string, trust: Trust): "known" | "unknown" | string {
  if (key === "kms:calleraccount" || key === "aws:principalaccount") return trust.isKnownAccount(value) ? "known" : `account ${value}`;
  if (key === "aws:principalarn") {
    const account = value.split(":")[4] ?? "";
    return trust.isKnownAccount(account) ? "known" : `principal ${value}`;
  }
  if (key === "aws:principalorgid" || key === "aws:principalorgpaths") {
    const org = value.split("/")[0]!;
    return org === trust.orgId ? "known" : `organization ${org}`;
  }
  return "unknown";
}

function groupScope(group: readonly PolicyCondition[], trust: Trust): CallerScope {
  let unknown = false;
  for (const c of group) {
    for (const v of conditionValues(c)) {
      const s = valueScope(c.key.toLowerCase(), v, trust);
      if (s === "unknown") unknown = true;
      else if (s !== "known") return { scope: "foreign", detail: s };
    }
  }
  return { scope: unknown ? "unknown" : "known" };
}

export function callerScope(groups: readonly (readonly PolicyCondition[])[], trust: Trust): CallerScope {
  if (groups.length === 0) return { scope: "none" };
  const scopes = groups.map((g) => groupScope(g, trust));
  if (scopes.some((s) => s.scope === "known")) return { scope: "known" };
  return scopes.find((s) => s.scope === "foreign") ?? { scope: "unknown" };
}

function valueAdmits(key: string, value: string, account: string, orgId: string | undefined): boolean {
  if (key === "kms:calleraccount" || key === "aws:principalaccount") return value === account;
  if (key === "aws:principalarn") return value.split(":")[4] === account;
  // Without KEYWARDEN_ORG_ID, whether the account is in that organization is not known.
  if (key === "aws:principalorgid" || key === "aws:principalorgpaths") return orgId === undefined || value.split("/")[0] === orgId;
  return true;
}

/** Whether the restrictions may let in a caller of this account (restrictions not by account may). */
export function admitsAccount(groups: readonly (readonly PolicyCondition[])[], account: string, orgId: string | undefined): boolean {
  return groups.every((g) => g.some((c) => conditionValues(c).some((v) => valueAdmits(c.key.toLowerCase(), v, account, orgId))));
}
