import { describe, expect, it } from "vitest";
import { progressLine } from "./progress-line";

const base = { runId: "r", owner: "h:1", counts: { ingested: 900, duplicates: 50, quarantined: 0, skipped: 50 }, elapsedMs: 2000 };

describe("progressLine", () => {
  it("shows files, bytes and rate for trail files", () => {
    const files = { total: 10, done: 4, unchanged: 1, bytesTotal: 4 * 2 ** 20, bytesDone: 2 ** 20 };
    expect(progressLine({ ...base, source: "trail-dir", files })).toBe("files 4/10 (25%), 1.0 MB of 4.0 MB, 900 ingested, 500 records/s");
  });

  it("shows account-Regions, backfill and calls for LookupEvents", () => {
    const targets = [
      { accountId: "1", region: "a", phase: "done" as const, events: 1, backfillPercent: 100 },
      { accountId: "1", region: "b", phase: "backfill" as const, events: 1, backfillPercent: 40 },
    ];
    expect(progressLine({ ...base, source: "lookup", targets, lookupCalls: 12 })).toBe("account-Regions 1/2, backfill 70%, 900 ingested, 12 LookupEvents calls, 500 records/s");
  });
});
