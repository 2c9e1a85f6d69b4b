import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./content-hash";

describe("contentHash", () => {
  it("does not depend on object key order, at any depth", () => {
    expect(contentHash({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(contentHash({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }));
  });

  it("depends on array order and on every value", () => {
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
    expect(contentHash({ a: null })).not.toBe(contentHash({ a: "" }));
  });

  it("serializes dates as ISO strings", () => {
    expect(canonicalJson({ t: new Date("2026-01-02T03:04:05.006Z") })).toBe('{"t":"2026-01-02T03:04:05.006Z"}');
  });
});
