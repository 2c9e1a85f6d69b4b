import { describe, expect, it } from "vitest";
import { EVENT_DELAY_MS, planIncremental } from "./incremental-plan";

const now = new Date("2026-06-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const DAY = 86_400_000;

describe("planIncremental", () => {
  it("needs a complete full sync first", () => {
    expect(planIncremental(null, now)).toMatchObject({ mode: "full" });
    expect(planIncremental({ lastFullSyncAt: ago(DAY), lastIncrementalSyncAt: null, lastCompleteListingAt: null }, now)).toMatchObject({ mode: "full" });
  });

  it("reads events from the newest sync, reaching back over CloudTrail's delivery delay", () => {
    const plan = planIncremental({ lastFullSyncAt: ago(DAY), lastIncrementalSyncAt: ago(15 * 60_000), lastCompleteListingAt: ago(DAY) }, now);
    expect(plan).toEqual({ mode: "events", start: ago(15 * 60_000 + EVENT_DELAY_MS), end: now });
  });

  it("falls back to a full sync when events older than the 90-day history would be needed", () => {
    const old = { lastFullSyncAt: ago(91 * DAY), lastIncrementalSyncAt: null, lastCompleteListingAt: ago(91 * DAY) };
    expect(planIncremental(old, now)).toMatchObject({ mode: "full", reason: expect.stringContaining("90 days") });
    expect(planIncremental({ ...old, lastIncrementalSyncAt: ago(DAY) }, now)).toMatchObject({ mode: "events" });
  });
});
