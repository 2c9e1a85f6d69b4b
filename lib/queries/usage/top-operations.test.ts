import { describe, expect, it } from "vitest";
import { topOperations } from "./top-operations";

describe("topOperations", () => {
  const days = ["2026-01-01", "2026-01-02"];
  const cells = [
    { day: "2026-01-01", operation: "Decrypt", calls: 100 },
    { day: "2026-01-02", operation: "Decrypt", calls: 50 },
    { day: "2026-01-01", operation: "Encrypt", calls: 40 },
    { day: "2026-01-02", operation: "DescribeKey", calls: 30 },
    { day: "2026-01-02", operation: "CreateGrant", calls: 5 },
    { day: "2026-01-01", operation: "ListKeys", calls: 5 },
  ];

  it("keeps the n busiest operations over the range and sums the rest as Other", () => {
    const s = topOperations(days, cells, 2);
    expect(s.operations).toEqual(["Decrypt", "Encrypt", "Other"]);
    expect(s.rows).toEqual([
      { day: "2026-01-01", Decrypt: 100, Encrypt: 40, Other: 5 },
      { day: "2026-01-02", Decrypt: 50, Encrypt: 0, Other: 35 },
    ]);
  });

  it("has no Other when every operation fits", () => {
    const s = topOperations(days, cells.slice(0, 3), 5);
    expect(s.operations).toEqual(["Decrypt", "Encrypt"]);
    expect(s.rows[1]).toEqual({ day: "2026-01-02", Decrypt: 50, Encrypt: 0 });
  });

  it("breaks ties by name so the order is stable", () => {
    expect(topOperations(days, [{ day: days[0]!, operation: "b", calls: 1 }, { day: days[0]!, operation: "a", calls: 1 }], 5).operations).toEqual(["a", "b"]);
  });
});
