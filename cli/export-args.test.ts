import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./export-args";

describe("parseExportArgs", () => {
  it("reads the format and filters", () => {
    expect(parseExportArgs(["--csv", "--key", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "--since", "2026-01-01", "--until=2026-02-01T00:00:00Z"])).toEqual({
      ok: true,
      data: {
        format: "csv",
        filter: { keyArn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", since: new Date("2026-01-01T00:00:00Z"), until: new Date("2026-02-01T00:00:00Z") },
      },
    });
    expect(parseExportArgs([])).toEqual({ ok: true, data: { format: "json", filter: {} } });
  });

  it.each([
    [["--json", "--csv"], "choose one of --json and --csv"],
    [["--key"], "--key needs a value"],
    [["--key", "alias/x"], "--key must be a key ARN"],
    [["--since", "yesterday"], "--since must be an ISO-8601 time"],
    [["--since", "2026-02-01", "--until", "2026-01-01"], "--since must be earlier than --until"],
    [["--nope"], 'unknown argument "--nope"'],
    [["--json", "--json"], "--json given twice"],
  ])("refuses %j", (argv, message) => {
    const parsed = parseExportArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
