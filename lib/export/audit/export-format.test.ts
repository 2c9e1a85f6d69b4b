import { describe, expect, it } from "vitest";
import type { AuditExportRow } from "./export-filter";
import { formatExport } from "./export-format";

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
  });
});
