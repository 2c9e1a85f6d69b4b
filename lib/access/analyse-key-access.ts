import { admitsAccount } from "./caller-scope";
import { edgeFindings, type EdgeContext } from "./edge-flags";
import { grantEdges } from "./grant-edges";
import { parsePolicy } from "./parse-policy";
import { policyEdges, type DraftEdge } from "./policy-edges";
import type { AccessContext, AccessEdge, AccessFinding, AccessReport, Flag, GrantInput } from "./types";

export const FLAG_ORDER: readonly Flag[] = ["public", "cross-account", "wide-admin", "unconstrained-grant", "grant-onward", "lockout-risk"];

// A fleet's keys share one list of inventoried accounts: make its set once, not once per key.
const accountSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();
function accountSet(accounts: readonly string[] | undefined): ReadonlySet<string> {
  if (!accounts || accounts.length === 0) return NONE;
  let set = accountSets.get(accounts);
  if (!set) accountSets.set(accounts, (set = new Set(accounts)));
  return set;
}

const keyAccountOf = (keyArn: string) => /^arn:aws[a-z-]*:kms:[^:]*:(\d{12}):/.exec(keyArn)?.[1] ?? null;

function lockoutRisk(edges: readonly DraftEdge[], keyAccount: string | null, orgId: string | undefined): AccessFinding | null {
  const admits = edges.some(
    (e) =>
      e.effect === "Allow" &&
      e.source.startsWith("policy:") &&
      e.operations.includes("kms:PutKeyPolicy") &&
      keyAccount !== null &&
      (e.principalType === "everyone" ? admitsAccount(e.groups, keyAccount, orgId) : e.accountId === keyAccount),
  );
  if (admits) return null;
  return { flag: "lockout-risk", source: "policy", explanation: `no statement lets anyone in account ${keyAccount ?? "?"} call kms:PutKeyPolicy: only AWS Support could change the policy` };
}

/**
 * Who can do what with a key: every principal → operations edge from its key policy (text or
 * parsed document) and its grants (ListGrants entries), with the flags that matter to a reviewer.
 * An invalid policy is reported with its reason; its grants are still analysed.
 */
export function analyseKeyAccess(input: { policy: unknown; grants?: readonly GrantInput[] }, context: AccessContext): AccessReport {
  const keyAccount = keyAccountOf(context.keyArn);
  const inventoried = accountSet(context.inventoriedAccounts);
  const trusted = accountSet(context.trustedAccounts);
  const awsManaged = context.keyManager === "AWS";
  const ctx: EdgeContext = { keyAccount, awsManaged, orgId: context.orgId, isKnownAccount: (a) => a === keyAccount || inventoried.has(a) || trusted.has(a) };
  const parsed = input.policy === null || input.policy === undefined ? { ok: false as const, error: "no key policy" } : parsePolicy(input.policy, context.keyArn);
  const drafts = [...(parsed.ok ? policyEdges(parsed.statements) : []), ...grantEdges(input.grants ?? [])];
  const findings: AccessFinding[] = [];
  const edges: AccessEdge[] = drafts.map((d) => {
    const own = edgeFindings(d, ctx);
    findings.push(...own);
    const flags = own.length === 0 ? [] : FLAG_ORDER.filter((f) => own.some((x) => x.flag === f));
    const { principal, principalType, accountId, operations, effect, source, conditions, restrictedBy } = d;
    return { principal, principalType, accountId, operations, effect, source, conditions, restrictedBy, flags };
  });
  const lockout = parsed.ok && !awsManaged ? lockoutRisk(drafts, keyAccount, context.orgId) : null;
  if (lockout) findings.push(lockout);
  const seen = new Set<string>();
  const unique = findings.filter((f) => !seen.has(`${f.flag} ${f.source}`) && Boolean(seen.add(`${f.flag} ${f.source}`)));
  const flags = FLAG_ORDER.filter((f) => unique.some((x) => x.flag === f));
  return parsed.ok ? { valid: true, flags, findings: unique, edges } : { valid: false, error: parsed.error, flags, findings: unique, edges };
}
