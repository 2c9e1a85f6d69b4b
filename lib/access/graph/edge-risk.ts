import type { AccessEdge, Flag } from "../types";
import type { Risk } from "./graph-types";

const HIGH: ReadonlySet<Flag> = new Set(["public", "cross-account", "wide-admin", "grant-onward"]);

/** Red for what a reviewer must look at first, amber for loose but common, grey for a Deny. */
export function edgeRisk(edges: readonly Pick<AccessEdge, "effect" | "flags">[]): Risk {
  if (edges.every((e) => e.effect === "Deny")) return "deny";
  if (edges.some((e) => e.flags.some((f) => HIGH.has(f)))) return "high";
  if (edges.some((e) => e.flags.length > 0)) return "medium";
  return "low";
}

const ORDER: Risk[] = ["high", "medium", "low", "deny"];
export const worstRisk = (risks: readonly Risk[]): Risk => ORDER.find((r) => risks.includes(r)) ?? "low";
