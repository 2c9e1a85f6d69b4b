/** Formats JSON the way KMS prints the policies it writes itself ("Key" : value, `[ {`). */
export function prettyPolicy(value: unknown, indent = ""): string {
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null)) return `[ ${value.map((v) => JSON.stringify(v)).join(", ")} ]`;
    return `[ ${value.map((v) => prettyPolicy(v, indent)).join(", ")} ]`;
  }
  if (value && typeof value === "object") {
    const body = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${next}${JSON.stringify(k)} : ${prettyPolicy(v, next)}`)
      .join(",\n");
    return `{\n${body}\n${indent}}`;
  }
  return JSON.stringify(value);
}
