import type { GrantConstraint, PolicyCondition } from "../types";

const pairs = (value: Record<string, string>) =>
  Object.entries(value)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");

/** One condition or grant constraint on one line. */
export function describeCondition(c: PolicyCondition | GrantConstraint): string {
  if ("constraint" in c) return `${c.constraint === "EncryptionContextEquals" ? "encryption context is exactly" : "encryption context includes"} ${pairs(c.value)}`;
  return `${c.operator} ${c.key} ${JSON.stringify(c.value)}`;
}
