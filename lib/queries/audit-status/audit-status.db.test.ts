import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { getAuditStatus } from "./audit-status";

describeEachDatabase("audit status for the Sync page", (db) => {
  beforeEach(() => db.truncate());

  it("shows runs newest first, and quarantines grouped by reason with the newest listed", async () => {
    await db.prisma.ingestRun.createMany({
      data: [
        { source: "trail-dir", trigger: "cli", status: "succeeded", startedAt: new Date("2026-01-01T00:00:00Z"), ingested: 10, quarantined: 3 },
        { source: "lookup", trigger: "schedule", status: "running", startedAt: new Date("2026-01-02T00:00:00Z") },
      ],
    });
    await db.prisma.quarantinedRecord.createMany({
      data: [
        { source: "trail-dir", location: "/t/a.json", recordIndex: 1, reason: "invalid JSON: Unexpected token } at 12", excerpt: "{x}", createdAt: new Date("2026-01-01T00:00:01Z") },
        { source: "trail-dir", location: "/t/a.json", recordIndex: 4, reason: "invalid JSON: Unexpected end", excerpt: "{", createdAt: new Date("2026-01-01T00:00:02Z") },
        { source: "trail-dir", location: "/t/b.json.gz", recordIndex: null, reason: "truncated: the file ends inside this record", excerpt: "", createdAt: new Date("2026-01-01T00:00:03Z") },
      ],
    });
    const status = await getAuditStatus({ quarantined: 2 });
    expect(status.runs.map((r) => r.source)).toEqual(["lookup", "trail-dir"]);
    expect(status.quarantine.total).toBe(3);
    expect(status.quarantine.byReason).toEqual([
      { reason: "invalid JSON", count: 2 },
      { reason: "truncated", count: 1 },
    ]);
    expect(status.quarantine.newest.map((q) => [q.location, q.recordIndex])).toEqual([
      ["/t/b.json.gz", null],
      ["/t/a.json", 4],
    ]);
  });
});
