import { isObject, stringList } from "./json-shapes";
import type { Principal } from "./classify-principal";
import { matchActions } from "./match-actions";
import { parseConditions } from "./parse-conditions";
import { parsePrincipal } from "./parse-principal";
import type { PolicyCondition } from "./types";

export type Statement = {
  /** `policy:<Sid>` or `policy:#<index>` (index from 0, as written). */
  source: string;
  effect: "Allow" | "Deny";
  principals: Principal[];
  /** The statement names the principals it does NOT apply to. */
  notPrincipal: boolean;
  operations: readonly string[];
  conditions: PolicyCondition[];
};

export type ParsedPolicy = { ok: true; statements: Statement[] } | { ok: false; error: string };


function resourceCovers(patterns: string[], keyArn: string): boolean {
  return patterns.some((p) => p === "*" || new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(keyArn));
}

/**
 * A key policy (its text, or an already parsed document) checked against the policy grammar and
 * reduced to statements that apply to the key. Any problem is a reason, never an exception.
 */
export function parsePolicy(policy: unknown, keyArn: string): ParsedPolicy {
  let doc = policy;
  if (typeof policy === "string") {
    try {
      doc = JSON.parse(policy);
    } catch (e) {
      return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
    }
  }
  if (!isObject(doc)) return { ok: false, error: "a policy must be a JSON object" };
  if (doc.Version !== undefined && doc.Version !== "2012-10-17" && doc.Version !== "2008-10-17") {
    return { ok: false, error: `Version must be "2012-10-17" or "2008-10-17", got ${JSON.stringify(doc.Version)}` };
  }
  const raw = Array.isArray(doc.Statement) ? doc.Statement : isObject(doc.Statement) ? [doc.Statement] : null;
  if (!raw || raw.length === 0) return { ok: false, error: "a policy must have a Statement (an object or a non-empty list)" };
  const statements: Statement[] = [];
  for (const [index, s] of raw.entries()) {
    const parsed = parseStatement(s, index, keyArn);
    if (typeof parsed === "string") return { ok: false, error: `statement #${index}: ${parsed}` };
    if (parsed) statements.push(parsed);
  }
  return { ok: true, statements };
}

function parseStatement(s: unknown, index: number, keyArn: string): Statement | string | null {
  if (!isObject(s)) return "must be an object";
  if (s.Sid !== undefined && typeof s.Sid !== "string") return "Sid must be a string";
  if (s.Effect !== "Allow" && s.Effect !== "Deny") return `Effect must be "Allow" or "Deny", got ${JSON.stringify(s.Effect)}`;
  if ((s.Principal === undefined) === (s.NotPrincipal === undefined)) return "needs exactly one of Principal and NotPrincipal";
  if ((s.Action === undefined) === (s.NotAction === undefined)) return "needs exactly one of Action and NotAction";
  if ((s.Resource === undefined) === (s.NotResource === undefined)) return "needs exactly one of Resource and NotResource";
  const principal = parsePrincipal(s.Principal ?? s.NotPrincipal);
  if (!principal.ok) return principal.error;
  const actions = stringList(s.Action ?? s.NotAction);
  if (!actions) return "Action must be a string or a non-empty list of strings";
  const resources = stringList(s.Resource ?? s.NotResource);
  if (!resources) return "Resource must be a string or a non-empty list of strings";
  const conditions = parseConditions(s.Condition);
  if (!conditions.ok) return conditions.error;
  if (resourceCovers(resources, keyArn) !== (s.Resource !== undefined)) return null;
  return {
    source: s.Sid ? `policy:${s.Sid}` : `policy:#${index}`,
    effect: s.Effect,
    principals: principal.principals,
    notPrincipal: s.NotPrincipal !== undefined,
    operations: matchActions(actions, s.NotAction !== undefined),
    conditions: conditions.conditions,
  };
}
