import { describe, expect, it } from "vitest";
import { LastUsageQueue } from "./last-usage-queue";

const now = new Date("2026-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const drain = (q: LastUsageQueue) => {
  const out: string[] = [];
  for (let arn = q.next(); arn; arn = q.next()) out.push(arn);
  return out;
};

describe("LastUsageQueue", () => {
  it("orders never checked, pending deletion, disabled, then the stalest", () => {
    const q = new LastUsageQueue(now);
    q.offer({ arn: "enabled-old", lastCheckedAt: daysAgo(30), keyState: "Enabled" });
    q.offer({ arn: "enabled-older", lastCheckedAt: daysAgo(60), keyState: "Enabled" });
    q.offer({ arn: "disabled", lastCheckedAt: daysAgo(2), keyState: "Disabled" });
    q.offer({ arn: "pending", lastCheckedAt: daysAgo(3), keyState: "PendingDeletion" });
    q.offer({ arn: "new", lastCheckedAt: null, keyState: "Enabled" });
    expect(drain(q)).toEqual(["new", "pending", "disabled", "enabled-older", "enabled-old"]);
  });

  it("skips keys checked within the recheck period unless their state changed", () => {
    const q = new LastUsageQueue(now);
    q.offer({ arn: "fresh", lastCheckedAt: daysAgo(0.5), keyState: "Enabled" });
    q.offer({ arn: "stale", lastCheckedAt: daysAgo(2), keyState: "Enabled" });
    q.stateChanged({ arn: "just-disabled", lastCheckedAt: daysAgo(0.1), keyState: "Disabled" });
    expect(drain(q)).toEqual(["just-disabled", "stale"]);
  });

  it("can be asked for the missing answers only", () => {
    const q = new LastUsageQueue(now);
    q.offer({ arn: "stale", lastCheckedAt: daysAgo(9), keyState: "Enabled" });
    q.offer({ arn: "new", lastCheckedAt: null, keyState: "Enabled" });
    q.stateChanged({ arn: "disabled", lastCheckedAt: daysAgo(1), keyState: "Disabled" });
    expect([q.next(1), q.next(1), q.next(1)]).toEqual(["new", "disabled", undefined]);
    expect(q.next()).toBe("stale");
  });

  it("hands out each key once, at its best class", () => {
    const q = new LastUsageQueue(now);
    q.offer({ arn: "k", lastCheckedAt: daysAgo(5), keyState: "Enabled" });
    q.stateChanged({ arn: "k", lastCheckedAt: daysAgo(5), keyState: "PendingDeletion" });
    q.offer({ arn: "other", lastCheckedAt: daysAgo(9), keyState: "Enabled" });
    expect(drain(q)).toEqual(["k", "other"]);
    q.stateChanged({ arn: "k", lastCheckedAt: daysAgo(5), keyState: "Disabled" });
    expect(q.next()).toBeUndefined();
  });
});
