import { describe, expect, it } from "vitest";
import { CopyBuffer, copyLine, copyValue } from "./copy-text";

describe("COPY text", () => {
  it("writes NULL as \\N and leaves plain text alone", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue("arn:aws:kms:eu-west-1:111122223333:key/1")).toBe("arn:aws:kms:eu-west-1:111122223333:key/1");
    expect(copyValue("")).toBe("");
  });

  it("escapes backslashes, tabs, newlines and carriage returns, so a value never ends a column or a row", () => {
    expect(copyValue('{"policy":"{\\"Version\\"}"}')).toBe('{"policy":"{\\\\"Version\\\\"}"}');
    expect(copyValue("a\tb\nc\r\\N")).toBe("a\\tb\\nc\\r\\\\N");
  });

  it("joins a row with tabs and ends it with a newline", () => {
    expect(copyLine(["a", null, "b\tc"])).toBe("a\t\\N\tb\\tc\n");
  });
});

describe("CopyBuffer", () => {
  it("writes what copyLine writes, as UTF-8, growing past its first size", () => {
    const rows: (string | null)[][] = [["a", null, "tab\there"], ["é→😀", "x".repeat(100), "back\\slash"]];
    const out = new CopyBuffer(8);
    for (const row of rows) out.row(row);
    expect(out.bytes().toString("utf8")).toBe(rows.map(copyLine).join(""));
  });
});
