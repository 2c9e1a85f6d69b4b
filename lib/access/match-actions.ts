import { ALL_OPERATIONS } from "./kms-operations";

const lowerOps = ALL_OPERATIONS.map((op) => [op, op.toLowerCase()] as const);
const cache = new Map<string, RegExp>();
// Policies repeat the same few action lists (the console's, kms:*): match each list once.
const matched = new Map<string, readonly string[]>();

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
export function matchActions(patterns: readonly string[], negated = false): readonly string[] {
  const key = `${negated ? "!" : ""}${patterns.join("\n")}`;
  let ops = matched.get(key);
  if (!ops) {
    const regexes = patterns.map(patternRegex);
    ops = lowerOps.filter(([, lower]) => regexes.some((re) => re.test(lower)) !== negated).map(([op]) => op);
    if (matched.size < 10_000) matched.set(key, ops);
  }
  return ops;
}
