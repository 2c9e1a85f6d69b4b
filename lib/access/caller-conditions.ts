import { conditionValues } from "./parse-conditions";
import type { PolicyCondition } from "./types";

// Condition keys that say who the caller is (lowercase: condition keys match case-insensitively).
const IDENTITY_KEYS = new Set([
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:userid",
  "kms:calleraccount",
  "aws:sourcevpce",
  "aws:sourcevpc",
]);
const POSITIVE = new Set(["StringEquals", "StringLike", "ArnEquals", "ArnLike"]);
const NEGATED: Record<string, string> = { StringNotEquals: "StringEquals", StringNotLike: "StringLike", ArnNotEquals: "ArnEquals", ArnNotLike: "ArnLike" };

/** A value that names one account, organization or principal: no policy variable, no wildcard standing for one. */
function literal(key: string, operator: string, value: string): boolean {
  if (value === "" || value.includes("${")) return false;
  if (operator === "StringEquals") return true;
  const wild = /[*?]/;
  if (key === "aws:principalarn") return /^\d{12}$/.test(value.split(":")[4] ?? "");
  if (key === "aws:principalorgpaths") return /^o-[a-z0-9]+$/.test(value.split("/")[0] ?? "");
  if (key === "aws:userid") return !wild.test(value.split(":")[0] ?? "");
  return !wild.test(value);
}

const identifies = (operator: string, c: PolicyCondition) => {
  const key = c.key.toLowerCase();
  return IDENTITY_KEYS.has(key) && conditionValues(c).every((v) => literal(key, operator, v));
};

/**
 * Whether an Allow's condition restricts who the caller is (KMS-FACTS, "Who a key policy lets
 * in"): a positive operator, optionally ForAnyValue:, on an identity key with literal values.
 * IfExists and negated operators do not: a caller without the key, or with any other value, passes.
 */
export function restrictsCaller(c: PolicyCondition): boolean {
  const operator = c.operator.startsWith("ForAnyValue:") ? c.operator.slice("ForAnyValue:".length) : c.operator;
  return POSITIVE.has(operator) && identifies(operator, c);
}

/**
 * For a Deny, the positive condition it spares (`StringNotEquals aws:PrincipalOrgID o-1` denies all
 * but `StringEquals aws:PrincipalOrgID o-1`), or null. With IfExists a caller without the key is
 * denied as well, so it still restricts.
 */
export function sparedBy(c: PolicyCondition): PolicyCondition | null {
  const positive = NEGATED[c.operator.replace(/IfExists$/, "")];
  if (!positive || !identifies(positive, c)) return null;
  return { operator: positive, key: c.key, value: c.value };
}

/** `Bool kms:GrantIsForAWSResource true`: grants only for AWS services integrated with KMS. */
export function grantsForAwsResourcesOnly(conditions: readonly PolicyCondition[]): boolean {
  return conditions.some((c) => c.operator === "Bool" && c.key.toLowerCase() === "kms:grantisforawsresource" && conditionValues(c).every((v) => v.toLowerCase() === "true"));
}
