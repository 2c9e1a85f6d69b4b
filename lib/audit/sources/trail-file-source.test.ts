import { describe, expect, it } from "vitest";
import { isLogFile } from "./trail-file-source";

describe("isLogFile", () => {
  it("takes .json and .json.gz log files, not digests or other files", () => {
    expect(isLogFile("AWSLogs/111122223333/CloudTrail/us-east-1/2026/06/01/x.json.gz")).toBe(true);
    expect(isLogFile("/data/fixtures/records.JSON")).toBe(true);
    expect(isLogFile("AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/06/01/x.json.gz")).toBe(false);
    expect(isLogFile("AWSLogs/111122223333/CloudTrail/us-east-1/2026/06/01/x.csv")).toBe(false);
  });
});
