import { describe, expect, it } from "vitest";
import { duration, progressLine, summaryLines, type RunView } from "./sync-report";

const run: RunView = {
  id: "7d0c",
  kind: "full",
  status: "running",
  startedAt: new Date("2026-06-01T00:00:00Z"),
  finishedAt: null,
  totalUnits: 10_000,
  doneUnits: 4_210,
  keysSeen: 4_200,
  keysCreated: 10,
  keysUpdated: 3,
  keysDeleted: 1,
  callsTotal: 25_301,
  throttlesTotal: 2,
  operations: { DescribeKey: { calls: 4_210, throttles: 0, errors: 0 }, ListGrants: { calls: 4_300, throttles: 2, errors: 0 } },
  errors: [{ accountId: "111122223333", region: "eu-west-1", operation: "GetKeyPolicy", keyId: "k1", code: "AccessDeniedException", message: "no" }],
  message: null,
  targets: [{ status: "succeeded" }, { status: "running" }, { status: "skipped" }],
};

describe("run report", () => {
  it("formats durations", () => {
    expect(duration(41_400)).toBe("41s");
    expect(duration(102_000)).toBe("1m 42s");
  });

  it("shows progress on one line", () => {
    expect(progressLine(run, new Date("2026-06-01T00:00:41Z"))).toBe("full sync running · 2/3 account-Regions · keys 4,210/10,000 (42%) · 25,301 calls · 2 throttles · 41s");
  });

  it("sums up keys, changes, calls, throttles, duration and errors", () => {
    const lines = summaryLines({ ...run, status: "partial", finishedAt: new Date("2026-06-01T00:01:42Z") });
    expect(lines[0]).toBe("Sync 7d0c (full) partial in 1m 42s");
    expect(lines).toContain("  keys:      4,200 seen; 10 created, 3 updated, 1 deleted");
    expect(lines).toContain("  calls:     25,301 (ListGrants 4,300, DescribeKey 4,210)");
    expect(lines).toContain("  throttles: 2 (ListGrants 2)");
    expect(lines.at(-1)).toBe("  error: 111122223333 eu-west-1 GetKeyPolicy k1: AccessDeniedException: no");
  });
});
