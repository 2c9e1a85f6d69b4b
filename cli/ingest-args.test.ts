import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "./ingest-args";

describe("parseIngestArgs", () => {
  it("reads each mode", () => {
    expect(parseIngestArgs(["--from-dir", "logs"])).toEqual({ ok: true, data: { mode: "dir", dir: "logs" } });
    expect(parseIngestArgs(["--s3"])).toEqual({ ok: true, data: { mode: "s3" } });
    expect(parseIngestArgs(["--lookup", "--accounts", "111122223333,444455556666", "--regions", "eu-west-1"])).toEqual({
      ok: true,
      data: { mode: "lookup", accounts: ["111122223333", "444455556666"], regions: ["eu-west-1"] },
    });
  });

  it.each([
    [[], "give exactly one of"],
    [["--s3", "--lookup"], "give exactly one of"],
    [["--from-dir"], "--from-dir needs a value"],
    [["--s3", "--regions", "us-east-1"], "--accounts and --regions go with --lookup"],
    [["--lookup", "--accounts", "12"], "12-digit account ids"],
    [["--lookup", "--regions", "mars-1"], "AWS Regions"],
  ])("refuses %j", (argv, message) => {
    const parsed = parseIngestArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
