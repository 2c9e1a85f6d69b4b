export type FleetSpec = { kind: "empty" } | { kind: "demo" } | { kind: "bench"; keys: number };

export function parseFleet(text: string): FleetSpec {
  if (text === "empty" || text === "demo") return { kind: text };
  const m = /^bench:(\d+)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 200_000) return { kind: "bench", keys: Number(m[1]) };
  throw new Error(`--fleet must be empty, demo or bench:N (1 ≤ N ≤ 200000), got "${text}"`);
}
