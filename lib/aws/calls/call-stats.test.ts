import { describe, expect, it } from "vitest";
import { CallStats } from "./call-stats";

describe("CallStats", () => {
  it("counts per operation and totals them", () => {
    const stats = new CallStats();
    const grants = stats.counters("kms", "ListGrants");
    grants.calls += 2;
    grants.requests += 3;
    grants.throttles += 1;
    grants.retries += 1;
    grants.latencyMsSum += 30;
    stats.counters("kms", "DescribeKey").calls += 1;
    stats.counters("kms", "DescribeKey").errors += 1;
    expect(stats.counters("kms", "ListGrants")).toBe(grants);
    expect(Object.keys(stats.snapshot())).toEqual(["kms:DescribeKey", "kms:ListGrants"]);
    expect(stats.totals()).toEqual({ calls: 3, requests: 3, throttles: 1, retries: 1, errors: 1, latencyMsSum: 30 });
  });

  it("hands out snapshots that later calls do not change", () => {
    const stats = new CallStats();
    stats.counters("cloudtrail", "LookupEvents").calls = 1;
    const before = stats.snapshot();
    stats.counters("cloudtrail", "LookupEvents").calls = 5;
    expect(before["cloudtrail:LookupEvents"]!.calls).toBe(1);
  });
});
