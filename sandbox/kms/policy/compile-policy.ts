/** A key policy reduced to what the sandbox evaluates: effects, principals, actions, conditions. */
export type CompiledStatement = {
  effect: "Allow" | "Deny";
  principals: string[] | "*";
  notPrincipal: boolean;
  actions: RegExp[];
  notAction: boolean;
  conditions: { operator: string; key: string; values: string[] }[];
};

const cache = new Map<string, CompiledStatement[]>();

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

function principalsOf(p: unknown): string[] | "*" {
  if (p === "*") return "*";
  if (p && typeof p === "object") {
    const aws = (p as Record<string, unknown>).AWS;
    if (aws === "*" || (Array.isArray(aws) && aws.includes("*"))) return "*";
    const services = asList((p as Record<string, unknown>).Service).map((s) => `service:${s}`);
    return [...asList(aws), ...services];
  }
  return [];
}

/** Compiles a policy that already passed validation; cached by text since policies rarely change. */
export function compilePolicy(policy: string): CompiledStatement[] {
  const hit = cache.get(policy);
  if (hit) return hit;
  const doc = JSON.parse(policy) as { Statement: unknown };
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as Record<string, unknown>[];
  const compiled = statements.map((s): CompiledStatement => {
    const conditions: CompiledStatement["conditions"] = [];
    for (const [operator, block] of Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
      for (const [key, values] of Object.entries(block)) conditions.push({ operator, key: key.toLowerCase(), values: asList(values) });
    }
    return {
      effect: s.Effect === "Deny" ? "Deny" : "Allow",
      principals: principalsOf(s.Principal ?? s.NotPrincipal),
      notPrincipal: s.NotPrincipal !== undefined,
      actions: asList(s.Action ?? s.NotAction).map(wildcard),
      notAction: s.NotAction !== undefined,
      conditions,
    };
  });
  if (cache.size > 20_000) cache.clear();
  cache.set(policy, compiled);
  return compiled;
}

export { wildcard };
