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

  // Read off the fixture files by hand, not by normalizeRecord: what a security engineer expects of them.
  it("stores sample events with the key, principal and error code the records name", async () => {
    const alice = "arn:aws:iam::111122223333:user/Alice";
    const docsKey = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const samples = [
      { eventId: "d818bf03-6655-48e9-8b26-f279a07075fd", eventName: "CancelKeyDeletion", accountId: "111122223333", region: "us-west-2", keyArn: docsKey, principalArn: alice, sessionIssuerArn: null, invokedBy: null, errorCode: null },
      // the first of two records with this ID; the second (KMSInvalidStateException) is a clash, quarantined
      { eventId: "b79603d5-4cde-46fc-819c-a7cf547b9df4", eventName: "Decrypt", accountId: "111122223333", region: "us-west-2", keyArn: "arn:aws:kms:us-west-2:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321", principalArn: alice, sessionIssuerArn: null, invokedBy: null, errorCode: null },
      { eventId: "f7734272-9ec5-4c80-9f36-528ebbe35e4a", eventName: "GenerateDataKeyWithoutPlaintext", accountId: "111122223333", region: "us-east-1", keyArn: docsKey, principalArn: alice, sessionIssuerArn: null, invokedBy: null, errorCode: "InvalidKeyUsageException" },
      { eventId: "edb65380-0a3e-4123-bbc8-3d1b7cff49b0", eventName: "Decrypt", accountId: "111122223333", region: "us-east-1", keyArn: docsKey, principalArn: "arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-81e2f56c", sessionIssuerArn: "arn:aws:iam::111122223333:role/aws:ec2-infrastructure", invokedBy: null, errorCode: null },
      // an alias in the request; the key comes from the record's resources
      { eventId: "1fb0962b-8d29-4ea5-b0f3-b12665a99c40", eventName: "GenerateDataKey", accountId: "123837392027", region: "us-east-1", keyArn: "arn:aws:kms:us-east-1:123837392027:key/dad21b23-9915-42bd-981b-2a9f3c8f20c8", principalArn: "arn:aws:iam::123837392027:user/bert-jan", sessionIssuerArn: null, invokedBy: "secretsmanager.amazonaws.com", errorCode: null },
    ];
    const rows = await db.query(
      `SELECT "eventId", "eventName", "accountId", region, "keyArn", "principalArn", "sessionIssuerArn", "invokedBy", "errorCode"
         FROM "AuditEvent" WHERE "eventId" = ANY($1) ORDER BY "eventId"`,
      [samples.map((e) => e.eventId)],
    );
    expect(rows).toEqual([...samples].sort((a, b) => (a.eventId < b.eventId ? -1 : 1)));
    const [eventTime] = await db.query<{ eventTime: Date }>(`SELECT "eventTime" FROM "AuditEvent" WHERE "eventId" = '1fb0962b-8d29-4ea5-b0f3-b12665a99c40'`);
    expect(eventTime!.eventTime).toEqual(new Date("2023-07-10T11:57:49Z"));
    const clash = await db.query<{ location: string }>(`SELECT location FROM "QuarantinedRecord" WHERE reason LIKE 'eventID b79603d5-4cde-46fc-819c-a7cf547b9df4 is already stored for a different event%'`);
    expect(clash.map((r) => path.basename(r.location))).toEqual(["awsdocs-aws-kms-developer-guide.cloudtrail.json"]);
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
