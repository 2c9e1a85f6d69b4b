import { describe, expect, it } from "vitest";
import { densify, parseUsageDays, usageRange } from "./usage-range";

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
