import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { fingerprint } from "./store/fingerprint";
import { ingestTrailFiles } from "./ingest/ingest-trail-files";
import { normalizeRecord } from "./normalize/normalize-record";
import { writeFixtureTrail, fixtureText, pantherCases, trailRecords, TRAIL_FILES } from "./testing/fixtures";
import { rollupsAndRecount } from "./testing/snapshot";

const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-fixtures-"));
writeFixtureTrail(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What ingestion must make of the fixtures, worked out from the records themselves in file order:
 * the first record with an eventID is stored; a later one is a duplicate when it is the same event
 * (time, name, account, Region, error) and quarantined as a clash when it is not.
 */
function expected() {
  const ordered = [
    ...trailRecords(TRAIL_FILES.awsDocs),
    ...trailRecords(TRAIL_FILES.invictus),
    ...trailRecords(TRAIL_FILES.mixedDelivery),
    trailRecords(TRAIL_FILES.invictus)[0]!,
    trailRecords(TRAIL_FILES.invictus)[1]!,
    ...pantherCases().map((c) => c.record),
  ];
  const stored = new Map<string, string>();
  let duplicates = 0;
  let clashes = 0;
  let invalid = 4; // the malformed blocks
  let skipped = 0;
  for (const record of ordered) {
    const n = normalizeRecord(record);
    if (n.kind === "other-service") skipped++;
    else if (n.kind === "invalid") invalid++;
    else if (!stored.has(n.event.eventId)) stored.set(n.event.eventId, fingerprint(n.event));
    else if (stored.get(n.event.eventId) === fingerprint(n.event)) duplicates++;
    else clashes++;
  }
  return { ids: [...stored.keys()].sort(), duplicates, quarantined: invalid + clashes, clashes, skipped };
}

describeEachDatabase("ingestTrailFiles on every real fixture", (db) => {
  it("stores every valid KMS record once, quarantines the rest with reasons, skips other services", async () => {
    const want = expected();
    const summary = await ingestTrailFiles(db, { dir });
    expect(summary).toMatchObject({ ingested: want.ids.length, duplicates: want.duplicates, quarantined: want.quarantined, skipped: want.skipped, status: "succeeded" });
    const ids = (await db.query<{ eventId: string }>(`SELECT "eventId" FROM "AuditEvent" ORDER BY "eventId"`)).map((r) => r.eventId);
    expect(ids).toEqual(want.ids);
    // sanity of the worked-out numbers: 240 + 4 real KMS records of invictus, all distinct
    expect(ids.length).toBeGreaterThan(290);
  });

  it("resolves the key of every stored record that names one", async () => {
    const unresolved = await db.query<{ eventName: string; rp: unknown; raw: string }>(
      `SELECT "eventName", "requestParameters" AS rp, raw::text AS raw FROM "AuditEvent" WHERE "keyArn" IS NULL`,
    );
    const namingAKey = unresolved.filter((r) => /"(keyId|targetKeyId|sourceKeyId|destinationKeyId)"|:key\//.test(JSON.stringify(JSON.parse(r.raw).requestParameters ?? {}) + JSON.stringify(JSON.parse(r.raw).resources ?? [])));
    expect(namingAKey).toEqual([]);
    expect(unresolved.map((r) => r.eventName).sort()).toEqual(expect.arrayContaining(["GenerateRandom", "ListAliases"]));
  });

  it("quarantines the malformed blocks, the stubs and the ID clashes one by one, with reasons", async () => {
    const rows = await db.query<{ location: string; recordIndex: number | null; reason: string }>(
      `SELECT location, "recordIndex", reason FROM "QuarantinedRecord" ORDER BY location, "recordIndex"`,
    );
    expect(rows).toHaveLength(expected().quarantined);
    const malformed = rows.filter((r) => r.location.endsWith("malformed.json"));
    expect(malformed.map((r) => r.recordIndex)).toEqual([1, 2, 3, 4]);
    expect(malformed.every((r) => r.reason.startsWith("invalid JSON: "))).toBe(true);
    expect(rows.filter((r) => r.reason.includes("already stored for a different event"))).toHaveLength(expected().clashes);
    expect(rows.map((r) => r.reason)).toEqual(expect.arrayContaining(["no eventID", expect.stringContaining("no account id")]));
  });

  it("keeps the raw record verbatim, and request and response as JSON", async () => {
    const [row] = await db.query<{ raw: string; rp: unknown }>(
      `SELECT raw::text AS raw, "requestParameters" AS rp FROM "AuditEvent" WHERE "eventId" = $1`,
      [trailRecords(TRAIL_FILES.awsDocs)[0]!.eventID],
    );
    expect(fixtureText(TRAIL_FILES.awsDocs)).toContain(row!.raw);
    expect(row!.rp).toEqual(trailRecords(TRAIL_FILES.awsDocs)[0]!.requestParameters);
  });

  it("has rollups equal to a count over the stored events", async () => {
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups.hourly.length).toBeGreaterThan(0);
    expect(rollups.daily.length).toBeGreaterThan(0);
    expect(rollups.keyDaily.length).toBeGreaterThan(0);
    expect(rollups).toEqual(recount);
  });

  it("skips every file on a second run", async () => {
    const again = await ingestTrailFiles(db, { dir });
    expect(again).toMatchObject({ ingested: 0, duplicates: 0, quarantined: 0, skipped: 0 });
    const run = await db.prisma.ingestRun.findUniqueOrThrow({ where: { id: again.runId } });
    expect(run).toMatchObject({ status: "succeeded", source: "trail-dir", ingested: 0 });
  });
});
