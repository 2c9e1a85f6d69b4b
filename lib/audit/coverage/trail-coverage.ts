import type { KmsLogging } from "./kms-logging";

/** AccountRegion.trailCoverage: whether the Region's trails record KMS usage. */
export type TrailCoverage = "covered" | "excluded" | "unknown";

export type TrailCheck = { trailArn: string; logging?: KmsLogging; error?: string };

/**
 * covered: a trail that applies to the Region logs every KMS event. excluded: trails apply, and
 * none of them logs KMS's read events (crypto usage): usage is unknown, never zero. unknown: no
 * trail, or a trail whose selectors or settings could not be read or decided.
 */
export function coverageOf(checks: readonly TrailCheck[]): { coverage: TrailCoverage; reason: string } {
  if (checks.length === 0) return { coverage: "unknown", reason: "no trail applies to this Region" };
  const full = checks.find((c) => c.logging?.reads === "yes" && c.logging.writes === "yes");
  if (full) return { coverage: "covered", reason: `${full.trailArn} logs KMS events` };
  const failed = checks.find((c) => c.error);
  if (failed) return { coverage: "unknown", reason: `${failed.trailArn}: ${failed.error}` };
  const partial = checks.find((c) => c.logging?.reads === "some");
  if (partial) return { coverage: "unknown", reason: `${partial.trailArn} logs only some KMS read events` };
  return { coverage: "excluded", reason: "every trail here leaves out KMS read events (ExcludeManagementEventSources or selectors)" };
}
