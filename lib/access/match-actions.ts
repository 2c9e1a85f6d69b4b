import { ALL_OPERATIONS } from "./kms-operations";

const lowerOps = ALL_OPERATIONS.map((op) => [op, op.toLowerCase()] as const);
const cache = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .toLowerCase()
      .split("")
      .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
      .join("");
    re = new RegExp(`^${body}$`);
    if (cache.size < 10_000) cache.set(pattern, re);
  }
  return re;
}

/**
 * The key operations an `Action` (or, with `negated`, a `NotAction`) covers. Action names match
 * case-insensitively, with `*` and `?` wildcards, as IAM matches them.
 */
export function matchActions(patterns: readonly string[], negated = false): string[] {
  const regexes = patterns.map(patternRegex);
  return lowerOps.filter(([, lower]) => regexes.some((re) => re.test(lower)) !== negated).map(([op]) => op);
}
