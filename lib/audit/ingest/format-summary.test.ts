import { describe, expect, it } from "vitest";
import { formatIngestSummary } from "./format-summary";

describe("formatIngestSummary", () => {
  it("is exactly the one summary line", () => {
    expect(formatIngestSummary({ ingested: 3, duplicates: 2, quarantined: 1, skipped: 0 })).toBe("ingested 3, duplicates 2, quarantined 1, skipped 0");
  });
});
