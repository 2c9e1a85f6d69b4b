import { describe, expect, it } from "vitest";
import { hostileValue } from "./hostile-value";

function nested(levels: number): unknown {
  let value: unknown = "x";
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe("hostileValue", () => {
  it("refuses a NUL character anywhere: in a value, an array, or a key", () => {
    expect(hostileValue("a\u0000b")).toBe("contains a NUL character");
    expect(hostileValue({ q: ["ok", "bad\u0000"] })).toBe("contains a NUL character");
    expect(hostileValue({ ["k\u0000"]: 1 })).toBe("contains a NUL character");
  });

  it("refuses input nested deeper than the limit and takes it up to the limit", () => {
    expect(hostileValue(nested(32))).toBeUndefined();
    expect(hostileValue(nested(33))).toBe("is nested more than 32 levels deep");
    expect(hostileValue(nested(100_000))).toBe("is nested more than 32 levels deep");
  });

  it("takes ordinary input, unicode and control characters other than NUL included", () => {
    expect(hostileValue({ kind: "full", q: "é 😀 \t\u0001", n: 5, list: [1, null, true], when: new Date(0) })).toBeUndefined();
    expect(hostileValue(undefined)).toBeUndefined();
  });
});
