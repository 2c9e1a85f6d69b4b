import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./export-args";
import type { AuditExportRow } from "./export-filter";
import { csvCell, formatExport } from "./export-format";

const row = (over: Partial<AuditExportRow> = {}): AuditExportRow => ({
  eventId: "e1",
  eventTime: "2026-01-01T00:00:00.000Z",
  eventName: "Decrypt",
  accountId: "111122223333",
  region: "us-east-1",
  keyArn: "arn:aws:kms:us-east-1:111122223333:key/k",
  principalArn: null,
  principalType: null,
  sessionIssuerArn: null,
  invokedBy: null,
  sourceIp: null,
  userAgent: 'agent, "quoted"',
  errorCode: null,
  errorMessage: null,
  readOnly: true,
  eventType: "AwsApiCall",
  ...over,
});

async function text(rows: AuditExportRow[], format: "json" | "csv"): Promise<string> {
  async function* source() {
    yield* rows;
  }
  let out = "";
  for await (const chunk of formatExport(source(), format)) out += chunk;
  return out;
}

describe("formatExport", () => {
  it("writes a JSON array, empty or not", async () => {
    expect(JSON.parse(await text([], "json"))).toEqual([]);
    expect(JSON.parse(await text([row(), row({ eventId: "e2" })], "json"))).toEqual([row(), row({ eventId: "e2" })]);
  });

  it("writes CSV with a header, quoting, and no formulas", async () => {
    const lines = (await text([row({ userAgent: "=HYPERLINK(1)" })], "csv")).split("\r\n");
    expect(lines[0]).toMatch(/^eventId,eventTime,eventName,accountId,region,keyArn,principalArn/);
    expect(lines[1]).toContain(",'=HYPERLINK(1),");
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(null)).toBe("");
    expect(csvCell(false)).toBe("false");
  });
});

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
