import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { ingestTrailFiles } from "./ingest/ingest-trail-files";
import { fixtureText, trailRecords, TRAIL_FILES } from "./testing/fixtures";
import { ingestionSnapshot, rollupsAndRecount } from "./testing/snapshot";
import { writeSyntheticTrail } from "./testing/synthetic-trail";

const root = mkdtempSync(path.join(os.tmpdir(), "keywarden-robust-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => {
  const dir = path.join(root, String(++n));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const invictus = trailRecords(TRAIL_FILES.invictus);
const records = (from: number, to: number) => JSON.stringify({ Records: invictus.slice(from, to) });

describeEachDatabase("ingestTrailFiles on damaged and repeated input", (db) => {
  beforeEach(() => db.truncate());

  it("keeps only the KMS records of a mixed delivery file", async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, TRAIL_FILES.mixedDelivery), fixtureText(TRAIL_FILES.mixedDelivery));
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 4, duplicates: 0, quarantined: 0, skipped: 22 });
    expect(await db.query(`SELECT DISTINCT "eventSource" FROM "AuditEvent"`)).toEqual([{ eventSource: "kms.amazonaws.com" }]);
  });

  it("stores a record delivered in two files once, and counts it once in the rollups", async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, "a.json.gz"), gzipSync(records(0, 100)));
    writeFileSync(path.join(dir, "b.json"), records(50, 150));
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 150, duplicates: 50, quarantined: 0 });
    const [{ calls }] = await db.query<{ calls: number }>(`SELECT sum(calls)::int AS calls FROM "UsageRollup"`);
    expect(calls).toBe(150);
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups).toEqual(recount);
  });

  it("keeps the records before the cut of a truncated file, quarantines the cut, and reads the other files", async () => {
    const dir = freshDir();
    const gz = gzipSync(records(0, 200));
    writeFileSync(path.join(dir, "cut.json.gz"), gz.subarray(0, Math.floor(gz.length * 0.6)));
    const text = records(200, 240);
    writeFileSync(path.join(dir, "cut-plain.json"), text.slice(0, Math.floor(text.length / 2)));
    writeFileSync(path.join(dir, "whole.json"), fixtureText(TRAIL_FILES.mixedDelivery));
    writeFileSync(path.join(dir, "notes.json"), "these are not logs");
    const summary = await ingestTrailFiles(db, { dir });
    const reasons = await db.query<{ location: string; reason: string }>(`SELECT location, reason FROM "QuarantinedRecord" ORDER BY location, "recordIndex"`);
    expect(reasons.map((r) => [path.basename(r.location), r.reason.split(":")[0]])).toEqual([
      ["cut-plain.json", "truncated"],
      ["cut-plain.json", "truncated"],
      ["cut.json.gz", "truncated"],
      ["cut.json.gz", "truncated"],
      ["notes.json", "not a CloudTrail log file"],
    ]);
    expect(reasons.find((r) => r.location.endsWith("cut.json.gz"))!.reason).toContain("gzip");
    const kept = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "eventId" = ANY($1)`, [invictus.slice(0, 240).map((r) => r.eventID)]);
    expect(kept[0]!.n).toBeGreaterThan(50);
    const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM "AuditEvent"`);
    expect(summary).toMatchObject({ ingested: total, quarantined: 5, skipped: 22 });
  });

  it("quarantines a record Postgres refuses and stores the rest of its batch", async () => {
    const dir = freshDir();
    // half a surrogate pair: JSON.parse takes it, Postgres's jsonb refuses it
    const bad = JSON.stringify({ ...invictus[3], requestParameters: { keyId: "k" } }).replace('"keyId":"', '"keyId":"\\ud800');
    writeFileSync(path.join(dir, "one-bad.json"), `{"Records":[${invictus.slice(0, 3).map((r) => JSON.stringify(r)).join(",")},${bad},${JSON.stringify(invictus[4])}]}`);
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 4, quarantined: 1 });
    const [q] = await db.query<{ recordIndex: number; reason: string }>(`SELECT "recordIndex", reason FROM "QuarantinedRecord"`);
    expect(q).toMatchObject({ recordIndex: 3, reason: expect.stringContaining("the database refused the record") });
  });

  it("stores a record with bytes that are not UTF-8 as its text read with U+FFFD in their place", async () => {
    const dir = freshDir();
    const marked = JSON.stringify({ ...invictus[3], userAgent: "agent-MARK" });
    const [before, after] = marked.split("MARK") as [string, string];
    writeFileSync(path.join(dir, "latin1.json"), Buffer.concat([Buffer.from(`{"Records":[${before}`), Buffer.from([0xe9, 0xff]), Buffer.from(`${after}]}`)]));
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 1, quarantined: 0 });
    const [row] = await db.query<{ userAgent: string; raw: string }>(`SELECT "userAgent", raw::text AS raw FROM "AuditEvent"`);
    expect(row!.userAgent).toBe("agent-\uFFFD\uFFFD");
    expect(JSON.parse(row!.raw)).toMatchObject({ userAgent: "agent-\uFFFD\uFFFD", eventID: invictus[3]!.eventID });
  });

  // PGlite never returned from casting the 10,000-level one to jsonb (every page then timed out), and
  // JSON.stringify overflowed on the 200,000-level one, which quarantined the rest of the file.
  it("quarantines records nested 10,000 and 200,000 levels deep, each alone, and reads the rest of their file", async () => {
    const dir = freshDir();
    const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
    const withDeep = (record: object, field: string, levels: number) => JSON.stringify({ ...record, [field]: "__DEEP__" }).replace('"__DEEP__"', nested(levels));
    const body = [
      JSON.stringify(invictus[0]),
      withDeep(invictus[1]!, "additionalEventData", 10_000),
      JSON.stringify(invictus[2]),
      withDeep(invictus[3]!, "requestParameters", 200_000),
      JSON.stringify(invictus[4]),
    ];
    writeFileSync(path.join(dir, "deep.json"), `{"Records":[${body.join(",")}]}`);
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 3, quarantined: 2 });
    const stored = await db.query<{ eventId: string }>(`SELECT "eventId" FROM "AuditEvent" ORDER BY "eventTime", "eventId"`);
    expect(stored.map((r) => r.eventId).sort()).toEqual([invictus[0], invictus[2], invictus[4]].map((r) => r!.eventID).sort());
    const reasons = await db.query<{ recordIndex: number; reason: string }>(`SELECT "recordIndex", reason FROM "QuarantinedRecord" ORDER BY "recordIndex"`);
    expect(reasons).toEqual([
      { recordIndex: 1, reason: "the record is nested more than 128 levels deep" },
      { recordIndex: 3, reason: "the record is nested more than 128 levels deep" },
    ]);
    // the file counts as read: the next ingestion neither reads nor quarantines it again
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 0, quarantined: 0 });
  });

  it("quarantines a reused eventID whose principal, source IP or user agent differs, in one run and across runs", async () => {
    const dir = freshDir();
    const base = invictus[0]!;
    const other = (changes: object) => JSON.stringify({ ...base, ...changes });
    writeFileSync(path.join(dir, "a.json"), `{"Records":[${JSON.stringify(base)},${other({ sourceIPAddress: "203.0.113.9" })},${JSON.stringify(base)}]}`);
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 1, duplicates: 1, quarantined: 1 });
    const later = freshDir();
    writeFileSync(path.join(later, "b.json"), `{"Records":[${JSON.stringify(base)},${other({ userAgent: "attacker/1.0" })},${other({ userIdentity: { type: "IAMUser", arn: "arn:aws:iam::111122223333:user/mallory", accountId: "111122223333" } })}]}`);
    expect(await ingestTrailFiles(db, { dir: later })).toMatchObject({ ingested: 0, duplicates: 1, quarantined: 2 });
    const reasons = await db.query<{ reason: string }>(`SELECT reason FROM "QuarantinedRecord" ORDER BY location, "recordIndex"`);
    expect(reasons.map((r) => r.reason)).toEqual(Array(3).fill(`eventID ${base.eventID} is already stored for a different event (its time, name, account, Region, error, principal, source IP or user agent differ)`));
  });

  it("reads no file through a link that leaves the trail directory, and reads links inside it", async () => {
    const dir = freshDir();
    const outside = path.join(freshDir(), "secret.json");
    writeFileSync(outside, records(0, 5));
    symlinkSync("/etc/passwd", path.join(dir, "passwd.json"));
    symlinkSync(outside, path.join(dir, "outside.json"));
    writeFileSync(path.join(dir, "real.json"), records(5, 10));
    symlinkSync(path.join(dir, "real.json"), path.join(dir, "z-link.json"));
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 5, duplicates: 5, quarantined: 0 });
    expect(await db.query(`SELECT location FROM "QuarantinedRecord"`)).toEqual([]);
  });

  it("stores a short reason for a record with a 20 MB eventTime", async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, "huge.json"), `{"Records":[${JSON.stringify({ ...invictus[0], eventTime: "1".repeat(20_000_000) })}]}`);
    expect(await ingestTrailFiles(db, { dir })).toMatchObject({ ingested: 0, quarantined: 1 });
    const [row] = await db.query<{ reason: string; excerpt: string }>(`SELECT reason, excerpt FROM "QuarantinedRecord"`);
    expect(row!.reason).toBe(`eventTime is not a usable time: "${"1".repeat(79)}…`);
    expect(row!.excerpt.length).toBeLessThanOrEqual(500);
  });

  it("resolves a key named only by alias through the inventory's alias table", async () => {
    await db.query(`INSERT INTO "AwsAccount" (id, "updatedAt") VALUES ('111122223333', now())`);
    await db.query(`INSERT INTO "KmsAlias" ("accountId", region, "aliasName", "aliasArn", "targetKeyId", "syncedAt")
      VALUES ('111122223333', 'us-east-1', 'alias/aws/ebs', 'arn:aws:kms:us-east-1:111122223333:alias/aws/ebs', '0987dcba-09fe-87dc-65ba-ab0987654321', now())`);
    const docs = trailRecords(TRAIL_FILES.awsDocs).filter((r) => r.eventName === "GenerateDataKeyWithoutPlaintext").slice(0, 2);
    const dir = freshDir();
    writeFileSync(path.join(dir, "alias.json"), JSON.stringify({ Records: docs.map((r) => ({ ...r, resources: [] })) }));
    await ingestTrailFiles(db, { dir });
    const keys = await db.query<{ keyArn: string }>(`SELECT DISTINCT "keyArn" FROM "AuditEvent"`);
    expect(keys).toEqual([{ keyArn: "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321" }]);
  });

  it("ends with exactly the same rows when an ingestion killed half-way is run again", async () => {
    const dir = freshDir();
    writeSyntheticTrail({ dir, files: 6, recordsPerFile: 300, seed: 7 });
    writeFileSync(path.join(dir, "zz-malformed.json"), `{"Records":[{"eventID":,}]}`);
    await ingestTrailFiles(db, { dir });
    const clean = await ingestionSnapshot(db);
    expect(clean.events.length).toBeGreaterThan(1000);

    await db.truncate();
    await killHalfWay(db.url, dir, () => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`).then((r) => r[0]!.n));
    const partial = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`))[0]!.n;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(clean.events.length);
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups).toEqual(recount);

    await ingestTrailFiles(db, { dir });
    expect(await ingestionSnapshot(db)).toEqual(clean);
  });

  // Both write optimistically, meet each other's events in the primary key, and write those batches
  // again checked: nothing is stored or counted twice.
  it("stores and counts each event once when two ingestions read the same files at the same time", async () => {
    const dir = freshDir();
    writeSyntheticTrail({ dir, files: 6, recordsPerFile: 300, seed: 9 });
    await ingestTrailFiles(db, { dir });
    const clean = await ingestionSnapshot(db);
    await db.truncate();
    const [a, b] = await Promise.all([ingestTrailFiles(db, { dir }), ingestTrailFiles(db, { dir })]);
    expect(a.ingested + b.ingested).toBe(clean.events.length);
    expect(await ingestionSnapshot(db)).toEqual(clean);
    const { rollups, recount } = await rollupsAndRecount(db);
    expect(rollups).toEqual(recount);
  });
});

/** Starts the ingestion in a child process and kills it (SIGKILL) once some events are stored. */
async function killHalfWay(url: string, dir: string, stored: () => Promise<number>): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "testing", "ingest-child.ts"), url, dir, "40"], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (;;) {
    if ((await stored()) >= 300) break;
    if (child.exitCode !== null) throw new Error("the ingestion finished before it could be killed");
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill("SIGKILL");
  await exited;
}
