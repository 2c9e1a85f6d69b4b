import { describe, expect, it } from "vitest";
import { nestedTooDeep } from "./nesting";

describe("nestedTooDeep", () => {
  it("counts arrays and objects opened inside one another", () => {
    expect(nestedTooDeep("[".repeat(3) + "]".repeat(3), 3)).toBe(false);
    expect(nestedTooDeep("[".repeat(4) + "]".repeat(4), 3)).toBe(true);
    expect(nestedTooDeep('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestedTooDeep('{"a":[{"b":{}}]}', 3)).toBe(true);
  });

  it("counts siblings once, not their sum", () => {
    expect(nestedTooDeep(`[${"[],".repeat(500)}[]]`, 2)).toBe(false);
  });

  it("skips brackets inside strings, escaped quotes included", () => {
    expect(nestedTooDeep(JSON.stringify({ s: "[[[[{{{{", t: 'a \\" [[[[ " ' }), 1)).toBe(false);
    expect(nestedTooDeep(JSON.stringify({ s: '\\"', a: [[]] }), 2)).toBe(true);
  });

  it("defaults to the record limit of 128 levels", () => {
    expect(nestedTooDeep("[".repeat(128) + "]".repeat(128))).toBe(false);
    expect(nestedTooDeep("[".repeat(129) + "]".repeat(129))).toBe(true);
  });
});
