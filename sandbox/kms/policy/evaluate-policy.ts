import type { Caller } from "../../auth/caller";
import { compilePolicy, wildcard, type CompiledStatement } from "./compile-policy";

export type RequestFacts = { caller: Caller; action: string; orgId?: string; encryptionContext?: Record<string, string> };

/**
 * Does the key policy let this caller do this action? IAM policies are assumed to allow
 * everything, so a statement naming the caller's account (root) is enough, as in AWS when the
 * default "Enable IAM User Permissions" statement is present. Conditions are evaluated for the
 * keys a direct caller has (kms:CallerAccount, aws:Principal*, kms:EncryptionContext:*); a
 * condition on a key the request lacks, such as kms:ViaService, does not match.
 */
export function policyAllows(policy: string, facts: RequestFacts): boolean {
  let allowed = false;
  for (const s of compilePolicy(policy)) {
    if (!matches(s, facts)) continue;
    if (s.effect === "Deny") return false;
    allowed = true;
  }
  return allowed;
}

function matches(s: CompiledStatement, facts: RequestFacts): boolean {
  const actionHit = s.actions.some((re) => re.test(facts.action));
  if (actionHit === s.notAction) return false;
  const principalHit = principalMatches(s.principals, facts.caller);
  if (principalHit === s.notPrincipal) return false;
  return s.conditions.every((c) => conditionHolds(c, facts));
}

function principalMatches(principals: string[] | "*", caller: Caller): boolean {
  if (principals === "*") return true;
  return principals.some(
    (p) =>
      p === caller.accountId ||
      p === `arn:aws:iam::${caller.accountId}:root` ||
      p === caller.arn ||
      (caller.session !== undefined && p === caller.session.roleArn),
  );
}

function contextValue(key: string, facts: RequestFacts): string | undefined {
  const { caller } = facts;
  if (key === "kms:calleraccount" || key === "aws:principalaccount") return caller.accountId;
  if (key === "aws:principalarn") return caller.session?.roleArn ?? caller.arn;
  if (key === "aws:principalorgid") return facts.orgId;
  if (key === "aws:principaltype") return caller.kind === "AssumedRole" ? "AssumedRole" : "User";
  if (key.startsWith("kms:encryptioncontext:")) {
    const wanted = key.slice("kms:encryptioncontext:".length);
    const entry = Object.entries(facts.encryptionContext ?? {}).find(([k]) => k.toLowerCase() === wanted);
    return entry?.[1];
  }
  return undefined;
}

function conditionHolds(c: CompiledStatement["conditions"][number], facts: RequestFacts): boolean {
  const ifExists = c.operator.endsWith("IfExists");
  const op = ifExists ? c.operator.slice(0, -"IfExists".length) : c.operator;
  const value = contextValue(c.key, facts);
  if (op === "Null") return c.values.includes(String(value === undefined));
  if (value === undefined) return ifExists || op.startsWith("StringNot") || op === "ArnNotEquals" || op === "ArnNotLike";
  const equal = (v: string) => (op.includes("IgnoreCase") ? v.toLowerCase() === value.toLowerCase() : v === value);
  const like = (v: string) => wildcard(v).test(value);
  switch (op) {
    case "StringEquals":
    case "StringEqualsIgnoreCase":
    case "ArnEquals":
      return c.values.some(equal);
    case "StringLike":
    case "ArnLike":
      return c.values.some(like);
    case "StringNotEquals":
    case "StringNotEqualsIgnoreCase":
    case "ArnNotEquals":
      return !c.values.some(equal);
    case "StringNotLike":
    case "ArnNotLike":
      return !c.values.some(like);
    case "Bool":
      return c.values.includes(value);
    default:
      return false;
  }
}
