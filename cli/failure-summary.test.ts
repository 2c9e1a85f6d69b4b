import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { failureSummary, unhandledErrorCount } from "./failure-summary";

const vitestLog = readFileSync(path.join(import.meta.dirname, "testing", "vitest-failure.log"), "utf8");

describe("failureSummary", () => {
  it("names each failed test and unhandled error with its first error line and where it came from", () => {
    expect(failureSummary(vitestLog)).toEqual([
      "FAIL  demo.test.ts > fails",
      "  AssertionError: expected 1 to be 2 // Object.is equality",
      "Unhandled Rejection",
      "  Error: PGlite is closed",
      '  This error originated in "demo.test.ts"',
      '  The latest test that might\'ve caused the error is "leaks"',
    ]);
  });

  it("reads Playwright's numbered failures", () => {
    const log = ["  1) [chromium] › e2e/audit.spec.ts:12:5 › explorer › filters", "", "    Error: expect(locator).toBeVisible() failed", "", "  1 failed"].join("\n");
    expect(failureSummary(log)).toEqual(["1) [chromium] › e2e/audit.spec.ts:12:5 › explorer › filters", "  Error: expect(locator).toBeVisible() failed"]);
  });

  it("is empty for a clean run and bounded for a noisy one", () => {
    expect(failureSummary(" Test Files  3 passed (3)\n      Tests  9 passed (9)")).toEqual([]);
    const noisy = Array.from({ length: 50 }, (_, i) => ` FAIL  a.test.ts > t${i}\nError: boom`).join("\n");
    expect(failureSummary(noisy)).toHaveLength(14);
  });

  it("counts unhandled errors", () => {
    expect(unhandledErrorCount(vitestLog)).toBe(1);
    expect(unhandledErrorCount("      Tests  2 passed (2)\n     Errors  3 errors\n")).toBe(3);
    expect(unhandledErrorCount("      Tests  2 passed (2)")).toBe(0);
  });
});
