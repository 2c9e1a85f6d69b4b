import { describe, expect, it } from "vitest";
import { gridMinWidth } from "./grid-width";

describe("gridMinWidth", () => {
  it("sums fixed tracks and the minimums of flexible ones", () => {
    expect(gridMinWidth(["150px", "minmax(170px, 0.8fr)", "72px"])).toBe(392);
  });

  it("counts tracks without a pixel minimum as nothing", () => {
    expect(gridMinWidth(["1fr", "auto"])).toBe(0);
    expect(gridMinWidth([])).toBe(0);
  });
});
