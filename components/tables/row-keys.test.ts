import { describe, expect, it } from "vitest";
import { nextRowIndex } from "./row-keys";

describe("nextRowIndex", () => {
  it("moves by one with the arrows and stops at both ends", () => {
    expect(nextRowIndex("ArrowDown", 0, 5)).toBe(1);
    expect(nextRowIndex("ArrowUp", 3, 5)).toBe(2);
    expect(nextRowIndex("ArrowDown", 4, 5)).toBe(4);
    expect(nextRowIndex("ArrowUp", 0, 5)).toBe(0);
  });

  it("moves by ten with Page Up and Page Down, clamped", () => {
    expect(nextRowIndex("PageDown", 2, 100)).toBe(12);
    expect(nextRowIndex("PageDown", 95, 100)).toBe(99);
    expect(nextRowIndex("PageUp", 4, 100)).toBe(0);
  });

  it("jumps to the ends with Home and End", () => {
    expect(nextRowIndex("Home", 40, 50)).toBe(0);
    expect(nextRowIndex("End", 3, 50)).toBe(49);
  });

  it("ignores other keys and empty tables", () => {
    expect(nextRowIndex("Enter", 1, 5)).toBeUndefined();
    expect(nextRowIndex("a", 1, 5)).toBeUndefined();
    expect(nextRowIndex("ArrowDown", 0, 0)).toBeUndefined();
  });
});
