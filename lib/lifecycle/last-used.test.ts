import { describe, expect, it } from "vitest";
import { deriveLastUsed, lastUsedUnknownText, type LastUsedFacts } from "./last-used";

const facts = (over: Partial<LastUsedFacts> = {}): LastUsedFacts => ({
  creationDate: "2026-05-01T00:00:00.000Z",
  lastUsage: { checkedAt: "2026-12-06T10:00:00.000Z", at: null, operation: null, trackingStartAt: "2026-04-01T00:00:00.000Z" },
  lastUsageUnavailable: false,
  trail: null,
  coverage: "covered",
  ...over,
});
const checked = (at: string | null, operation: string | null, trackingStartAt = "2026-04-01T00:00:00.000Z") => ({ checkedAt: "2026-12-06T10:00:00.000Z", at, operation, trackingStartAt });

describe("deriveLastUsed", () => {
  it("takes GetKeyLastUsage's answer when it is the latest", () => {
    expect(deriveLastUsed(facts({ lastUsage: checked("2026-12-05T09:00:00.000Z", "Decrypt"), trail: { at: "2026-12-01T00:00:00.000Z", operation: "Encrypt" } }))).toEqual({
      kind: "used", at: "2026-12-05T09:00:00.000Z", operation: "Decrypt", source: "GetKeyLastUsage",
    });
  });

  it("takes the latest cryptographic call in CloudTrail when it is newer (GetKeyLastUsage lags up to an hour, or was checked earlier)", () => {
    expect(deriveLastUsed(facts({ lastUsage: checked("2026-12-01T00:00:00.000Z", "Decrypt"), trail: { at: "2026-12-06T09:30:00.000Z", operation: "GenerateDataKey" } }))).toEqual({
      kind: "used", at: "2026-12-06T09:30:00.000Z", operation: "GenerateDataKey", source: "CloudTrail",
    });
  });

  it("takes CloudTrail when GetKeyLastUsage says nothing: never checked, unavailable, or before tracking", () => {
    const trail = { at: "2026-12-06T09:30:00.000Z", operation: "Sign" };
    const expected = { kind: "used", at: trail.at, operation: "Sign", source: "CloudTrail" };
    expect(deriveLastUsed(facts({ trail, lastUsage: { checkedAt: null, at: null, operation: null, trackingStartAt: null } }))).toEqual(expected);
    expect(deriveLastUsed(facts({ trail, lastUsageUnavailable: true, lastUsage: { checkedAt: null, at: null, operation: null, trackingStartAt: null } }))).toEqual(expected);
    expect(deriveLastUsed(facts({ trail, lastUsage: checked(null, null) }))).toEqual(expected);
  });

  it("prefers GetKeyLastUsage on a tie, and compares times rather than text", () => {
    expect(deriveLastUsed(facts({ lastUsage: checked("2026-12-06T09:30:00Z", "Decrypt"), trail: { at: "2026-12-06T09:30:00.000Z", operation: "Decrypt" } }))).toMatchObject({ source: "GetKeyLastUsage" });
  });

  it("says never used when AWS tracked the key since its creation and saw no use", () => {
    expect(deriveLastUsed(facts())).toEqual({ kind: "never", trackingStartAt: "2026-04-01T00:00:00.000Z" });
  });

  it("says unknown, and why, when the key predates AWS's tracking start", () => {
    expect(deriveLastUsed(facts({ creationDate: "2025-01-01T00:00:00.000Z" }))).toEqual({ kind: "unknown", reasons: ["before-tracking"] });
  });

  it("says unknown when GetKeyLastUsage was never checked", () => {
    expect(deriveLastUsed(facts({ lastUsage: { checkedAt: null, at: null, operation: null, trackingStartAt: null } }))).toEqual({ kind: "unknown", reasons: ["not-checked"] });
  });

  it("says unknown when GetKeyLastUsage is unavailable for the endpoint", () => {
    expect(deriveLastUsed(facts({ lastUsageUnavailable: true, lastUsage: { checkedAt: null, at: null, operation: null, trackingStartAt: null } }))).toEqual({ kind: "unknown", reasons: ["unavailable"] });
  });

  it("adds that the trail excludes KMS events", () => {
    const r = deriveLastUsed(facts({ coverage: "excluded", lastUsage: { checkedAt: null, at: null, operation: null, trackingStartAt: null } }));
    expect(r).toEqual({ kind: "unknown", reasons: ["not-checked", "trail-excludes-kms"] });
    expect(lastUsedUnknownText(r.kind === "unknown" ? r.reasons : [])).toBe("Unknown: GetKeyLastUsage not checked yet; the trail excludes KMS events");
    expect(deriveLastUsed(facts({ coverage: "excluded", creationDate: "2025-01-01T00:00:00.000Z" }))).toEqual({ kind: "unknown", reasons: ["before-tracking", "trail-excludes-kms"] });
  });

  it("trusts AWS's never used even where the trail excludes KMS events", () => {
    expect(deriveLastUsed(facts({ coverage: "excluded" }))).toEqual({ kind: "never", trackingStartAt: "2026-04-01T00:00:00.000Z" });
  });
});
