import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startAuditSchedule } from "@/lib/audit";
import { parseConfig } from "@/lib/config";
import { describeEachDatabase } from "@/lib/db/testing";
import { sandboxAccess, type SandboxAccess } from "./aws-sandbox";

describeEachDatabase("the audit schedule npm start runs", (db) => {
  let s: SandboxAccess;
  const trailDir = mkdtempSync(path.join(os.tmpdir(), "keywarden-trail-"));
  beforeAll(async () => {
    s = await sandboxAccess({ fleet: "demo", quotaScale: 25, trailDir }, { quotaScale: 25, config: { regions: ["us-east-1"], quotaFraction: 0.95 } });
  });
  afterAll(async () => {
    await s.stop();
    rmSync(trailDir, { recursive: true, force: true });
  });

  it("ingests, checks coverage and prunes with nobody signed in, logs one summary line per step, and stops cleanly", async () => {
    // A 3-second interval, so that the test sees several cycles.
    const config = parseConfig({ KEYWARDEN_AUDIT_INTERVAL_MINUTES: "0.05", KEYWARDEN_REGIONS: "us-east-1", KEYWARDEN_TRAIL_DIR: trailDir });
    const lines: string[] = [];
    const schedule = await startAuditSchedule(db, config, { aws: s.aws, log: (line) => lines.push(line) });
    const deadline = Date.now() + 60_000;
    // The first cycles backfill (2.4 s each); once done, a cycle finds nothing new.
    while (!lines.some((l) => l.startsWith("audit lookup: ingested 0,")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await schedule.stop();
    expect(lines[0]).toMatch(/^audit trail coverage: every account-Region covered$/);
    expect(lines[1]).toMatch(/^audit retention: 0 raw crypto events older than .* deleted$/);
    // The sandbox's trail log files (its whole demo history) come first, before LookupEvents.
    expect(lines[2]).toMatch(/^audit trail files: ingested [1-9]\d*, duplicates 0, quarantined 0, skipped \d+$/);
    const lookups = lines.filter((l) => l.startsWith("audit lookup: "));
    // LookupEvents then finds the same events again: duplicates, dropped by eventID.
    expect(lookups[0]).toMatch(/^audit lookup: ingested \d+, duplicates [1-9]\d*, quarantined 0, skipped 0$/);
    expect(lookups.at(-1)).toMatch(/^audit lookup: ingested 0, duplicates \d+, quarantined 0, skipped 0$/);
    const runs = await db.prisma.ingestRun.findMany({ where: { source: { in: ["lookup", "trail-file"] } }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => [r.trigger, r.status])).toEqual(runs.map(() => ["schedule", "succeeded"]));
  });
});
