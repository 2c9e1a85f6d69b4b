import { AwsError } from "../../core/errors";

const MAX_POLICY_BYTES = 32_768;
const AWS_PRINCIPAL = /^(\*|\d{12}|arn:aws:iam::\d{12}:(root|user\/[\w+=,.@\/-]+|role\/[\w+=,.@\/-]+)|arn:aws:sts::\d{12}:assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+)$/;
const ACTION = /^(\*|kms:[A-Za-z*?]+)$/;

const malformed = (message: string) => new AwsError("MalformedPolicyDocumentException", message);

/** Rejects policies KMS rejects: not JSON, no statements, bad effect, principal or action. */
export function validatePolicy(policy: string): void {
  if (Buffer.byteLength(policy) > MAX_POLICY_BYTES) throw new AwsError("LimitExceededException", "Key policy exceeds the maximum size of 32 KB.");
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    throw malformed("The new key policy is not a valid JSON document.");
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw malformed("The new key policy must be a JSON object.");
  const { Version, Statement } = doc as Record<string, unknown>;
  if (Version !== undefined && Version !== "2012-10-17" && Version !== "2008-10-17") throw malformed(`The policy Version '${String(Version)}' is not supported.`);
  const statements = Array.isArray(Statement) ? Statement : Statement && typeof Statement === "object" ? [Statement] : [];
  if (statements.length === 0) throw malformed("The new key policy must contain at least one statement.");
  for (const s of statements) validateStatement(s as Record<string, unknown>);
}

function validateStatement(s: Record<string, unknown>): void {
  if (!s || typeof s !== "object") throw malformed("Policy statement must be a JSON object.");
  if (s.Effect !== "Allow" && s.Effect !== "Deny") throw malformed("Policy statement has an invalid or missing Effect.");
  const principal = s.Principal ?? s.NotPrincipal;
  if (principal === undefined) throw malformed("Policy contains a statement with no principal.");
  if (!validPrincipal(principal)) throw malformed("Policy contains a statement with one or more invalid principals.");
  const actions = s.Action ?? s.NotAction;
  const list = Array.isArray(actions) ? actions : [actions];
  if (actions === undefined || list.length === 0 || !list.every((a) => typeof a === "string" && ACTION.test(a))) {
    throw malformed("Policy contains a statement with one or more invalid actions.");
  }
  if (s.Condition !== undefined && (typeof s.Condition !== "object" || Array.isArray(s.Condition))) throw malformed("Policy statement has an invalid Condition.");
}

function validPrincipal(p: unknown): boolean {
  if (p === "*") return true;
  if (!p || typeof p !== "object" || Array.isArray(p)) return false;
  const entries = Object.entries(p as Record<string, unknown>);
  if (entries.length === 0) return false;
  return entries.every(([type, value]) => {
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0 || !values.every((v) => typeof v === "string")) return false;
    if (type === "AWS") return values.every((v) => AWS_PRINCIPAL.test(v as string));
    return type === "Service" || type === "Federated" || type === "CanonicalUser";
  });
}
