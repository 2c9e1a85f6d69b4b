// Postgres refuses U+0000 in text, and deeply nested input costs stack and time: both are refused
// before any schema or query sees them, as bad input (400), never as a server error.
export const MAX_INPUT_DEPTH = 32;

/** Why an input value is refused before parsing, or undefined when it is fine. */
export function hostileValue(value: unknown, maxDepth = MAX_INPUT_DEPTH): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\u0000")) return "contains a NUL character";
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= maxDepth) return `is nested more than ${maxDepth} levels deep`;
    const children = v instanceof Map ? [...v.keys(), ...v.values()] : Array.isArray(v) ? v : Object.entries(v).flat();
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
