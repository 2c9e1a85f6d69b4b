import { describe, expect, it } from "vitest";
import { densify, parseUsageDays, usageRange, wholeWeeks } from "./usage-range";

describe("usageRange", () => {
  it("covers whole UTC days ending today", () => {
    const r = usageRange(7, new Date("2026-03-10T23:59:00-05:00"));
    expect(r.since.toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(r.until.toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(r.dayKeys).toEqual(["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"]);
  });

  it("accepts only the offered ranges, defaulting to 30 days", () => {
    expect(parseUsageDays("90")).toBe(90);
    expect(parseUsageDays(["7"])).toBe(7);
    expect(parseUsageDays("365")).toBe(30);
    expect(parseUsageDays(undefined)).toBe(30);
    expect(parseUsageDays("abc")).toBe(30);
  });

  it("fills days without rows with 0", () => {
    const r = usageRange(7, new Date("2026-03-10T12:00:00Z"));
    expect(densify(r, [{ day: "2026-03-03", n: 9 }, { day: "2026-03-04", n: 3 }, { day: "2026-03-06", n: 2 }, { day: "2026-03-06", n: 1 }, { day: "2026-03-10", n: 5 }], (x) => x.n)).toEqual([3, 0, 3, 0, 0, 0, 5]);
  });
});

describe("wholeWeeks", () => {
  it("takes the Monday-to-Monday weeks inside the range, leaving the days around them", () => {
    // 2026-12-05 is a Saturday: 30 days run from Friday 2026-11-06 through it
    const w = wholeWeeks(usageRange(30, new Date("2026-12-05T12:00:00Z")));
    expect(w.start.toISOString()).toBe("2026-11-09T00:00:00.000Z");
    expect(w.end.toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("starts on the first day when it is a Monday, and is empty when no whole week fits", () => {
    const monday = wholeWeeks(usageRange(14, new Date("2026-11-22T08:00:00Z")));
    expect([monday.start.toISOString(), monday.end.toISOString()]).toEqual(["2026-11-09T00:00:00.000Z", "2026-11-23T00:00:00.000Z"]);
    const none = wholeWeeks(usageRange(7, new Date("2026-12-02T08:00:00Z")));
    expect(none.end.getTime()).toBe(none.start.getTime());
  });
});
