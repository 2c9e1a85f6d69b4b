// A key's last use, from the two witnesses Keywarden has: GetKeyLastUsage (AWS's own record of the
// last cryptographic operation, since its tracking start) and the newest cryptographic call in the
// CloudTrail events ingested (Keywarden's own calls left out). The later one wins; where neither
// knows, the answer says why instead of "never used".

export type TrailCoverage = "covered" | "excluded" | "unknown";

export type LastUsedFacts = {
  creationDate: string;
  /** What GetKeyLastUsage said at its last check (KmsKey.lastUsed*, lastUsage*). */
  lastUsage: { checkedAt: string | null; at: string | null; operation: string | null; trackingStartAt: string | null };
  /** GetKeyLastUsage is not available for the key's account-Region (endpoint without it, or denied). */
  lastUsageUnavailable: boolean;
  /** The newest successful cryptographic call of the key in the ingested CloudTrail events. */
  trail: { at: string; operation: string } | null;
  /** Whether the account-Region's trails record KMS events. */
  coverage: TrailCoverage;
};

export type LastUsedSource = "GetKeyLastUsage" | "CloudTrail";

/** Why no last use is known; several may hold at once, the most telling first. */
export type LastUsedUnknownReason = "not-checked" | "unavailable" | "before-tracking" | "trail-excludes-kms";

export type LastUsed =
  | { kind: "used"; at: string; operation: string | null; source: LastUsedSource }
  /** GetKeyLastUsage tracked the key since its creation and saw no use; the trail has none either. */
  | { kind: "never"; trackingStartAt: string }
  | { kind: "unknown"; reasons: LastUsedUnknownReason[] };

export function deriveLastUsed(f: LastUsedFacts): LastUsed {
  const aws = f.lastUsage.at ? { at: f.lastUsage.at, operation: f.lastUsage.operation } : null;
  if (aws || f.trail) {
    // Both are ISO-8601 UTC instants: compared as times, not text (precision may differ).
    const awsNewer = aws && (!f.trail || Date.parse(aws.at) >= Date.parse(f.trail.at));
    return awsNewer ? { kind: "used", at: aws.at, operation: aws.operation, source: "GetKeyLastUsage" } : { kind: "used", at: f.trail!.at, operation: f.trail!.operation, source: "CloudTrail" };
  }
  const tracked = f.lastUsage.trackingStartAt;
  // AWS: no KeyLastUsage and a key created on or after TrackingStartDate means never used.
  if (f.lastUsage.checkedAt && tracked && Date.parse(f.creationDate) >= Date.parse(tracked)) return { kind: "never", trackingStartAt: tracked };
  const reasons: LastUsedUnknownReason[] = [];
  if (f.lastUsageUnavailable) reasons.push("unavailable");
  else if (!f.lastUsage.checkedAt) reasons.push("not-checked");
  else reasons.push("before-tracking");
  if (f.coverage === "excluded") reasons.push("trail-excludes-kms");
  return { kind: "unknown", reasons };
}

export const LAST_USED_REASON_LABELS: Record<LastUsedUnknownReason, string> = {
  "not-checked": "GetKeyLastUsage not checked yet",
  unavailable: "GetKeyLastUsage is unavailable for this endpoint",
  "before-tracking": "the key predates AWS's last-use tracking",
  "trail-excludes-kms": "the trail excludes KMS events",
};

/** One line for a last use that is not known: "Unknown: <first reason>; <second>". */
export function lastUsedUnknownText(reasons: readonly LastUsedUnknownReason[]): string {
  return `Unknown: ${reasons.map((r) => LAST_USED_REASON_LABELS[r]).join("; ")}`;
}

export const LAST_USED_SOURCE_LABELS: Record<LastUsedSource, string> = {
  GetKeyLastUsage: "AWS GetKeyLastUsage",
  CloudTrail: "CloudTrail",
};
