import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps the first 500 characters, of a text or of its UTF-8 bytes alike", () => {
    const text = `{"userAgent":"${"é→😀".repeat(300)}"}`;
    expect(excerpt(text)).toBe(text.slice(0, 500));
    expect(excerpt(Buffer.from(text, "utf8"))).toBe(text.slice(0, 500));
  });

  it("keeps the whole of a short text, tabs, newlines, quotes and astral characters included", () => {
    const text = 'a\tb\nc\r"d"\\ é→😀 \u007f\u2028';
    expect(excerpt(text)).toBe(text);
    expect(excerpt(Buffer.from(text, "utf8"))).toBe(text);
  });

  it("replaces what a text column cannot store, and only that", () => {
    expect(excerpt("a\u0000b\ud800c\udc00d\ud83d\ude00e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\ud83d\ude00e");
    // a cut through a surrogate pair leaves half of it
    expect(excerpt(`a${"😀".repeat(300)}`)).toBe(`a${"😀".repeat(249)}\uFFFD`);
    // bytes that are not UTF-8 become the replacement character, as Buffer decodes them
    expect(excerpt(Buffer.from([0x61, 0xff, 0x62, 0xc3]))).toBe("a\uFFFDb\uFFFD");
  });
});
