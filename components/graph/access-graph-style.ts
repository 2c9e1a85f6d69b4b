import type { Risk } from "@/lib/access/graph/graph-types";

/** Edge and node colours by risk, as CSS colours so they follow the light and dark themes. */
export const RISK_COLOUR: Record<Risk, string> = { high: "var(--danger)", medium: "var(--warn)", low: "var(--accent)", deny: "var(--muted)" };

export const RISK_LABEL: Record<Risk, string> = { high: "high risk", medium: "worth a look", low: "expected", deny: "denied" };
