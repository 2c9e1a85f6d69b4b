import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration, plural } from "./format";

describe("format", () => {
  it("shows times in UTC, and a dash for no time", () => {
    expect(formatDate("2026-01-02T23:59:00.000Z")).toBe("2026-01-02");
    expect(formatDateTime("2026-01-02T03:04:05.000Z")).toBe("2026-01-02 03:04 UTC");
    expect(formatDate(null)).toBe("—");
  });

  it("shows durations and counts for people", () => {
    expect(formatDuration(4_400)).toBe("4 s");
    expect(formatDuration(94_000)).toBe("1 min 34 s");
    expect(formatDuration(3_720_000)).toBe("1 h 02 min");
    expect(plural(1, "key")).toBe("1 key");
    expect(plural(12_345, "replica")).toBe("12,345 replicas");
  });
});
