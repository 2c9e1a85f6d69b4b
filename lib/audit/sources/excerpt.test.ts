import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps the first 500 characters, of a text or of its UTF-8 bytes alike", () => {
    const text = `{"userAgent":"${"é→😀".repeat(300)}"}`;
    expect(excerpt(text)).toHaveLength(500);
    expect(excerpt(Buffer.from(text, "utf8"))).toBe(excerpt(text));
  });

  it("replaces what a text column cannot store", () => {
    expect(excerpt("a\u0000b\ud800c")).toBe("a\uFFFDb\uFFFDc");
  });
});
