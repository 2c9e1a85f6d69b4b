import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, type TestDatabase } from "@/lib/db/testing";
import { CRYPTO_OPERATIONS } from "@/lib/aws/crypto-operations";
import { auditExportRows } from "@/lib/export/audit/export-rows";
import { ingestTrailFiles } from "../ingest/ingest-trail-files";
import { pruneCryptoEvents } from "./prune-crypto-events";
import { rollupsAndRecount } from "../testing/snapshot";
import { writeSyntheticTrail } from "../testing/synthetic-trail";

const root = mkdtempSync(path.join(os.tmpdir(), "keywarden-retention-"));
const dir = path.join(root, "a");
// 24 files, 2 per account-Region, 5 minutes apart, from 2026-10-01T00:00Z
writeSyntheticTrail({ dir, files: 24, recordsPerFile: 150, seed: 3 });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const count = async (db: Pick<TestDatabase, "query">, where = "true") =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE ${where}`))[0]!.n;

const allRollups = (db: Pick<TestDatabase, "query">) =>
  Promise.all([
    db.query(`SELECT * FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`),
    db.query(`SELECT day, dimension, name, "errorCode", calls::int FROM "UsageDay" ORDER BY 1, 2, 3, 4`),
    db.query(`SELECT "keyArn", day, operation, "principalArn", "errorCode", calls::int FROM "UsageKeyDay" ORDER BY 1, 2, 3, 4, 5`),
  ]);

describeEachDatabase("retention of raw crypto events", (db) => {
  beforeAll(async () => {
    await ingestTrailFiles(db, { dir });
  });

  it("deletes raw crypto events older than the retention, keeps every newer event, every other event and all rollups", async () => {
    const rollupsBefore = await allRollups(db);
    const before = await db.query<{ eventId: string; eventName: string; eventTime: Date }>(`SELECT "eventId", "eventName", "eventTime" FROM "AuditEvent" ORDER BY "eventId"`);
    const cutoff = new Date("2026-10-01T00:05:00Z");
    const isOldCrypto = (e: (typeof before)[number]) => CRYPTO_OPERATIONS.has(e.eventName) && e.eventTime < cutoff;
    const kept = before.filter((e) => !isOldCrypto(e)).map((e) => e.eventId);
    expect(before.filter(isOldCrypto).length).toBeGreaterThan(0);
    expect(before.filter((e) => CRYPTO_OPERATIONS.has(e.eventName) && e.eventTime >= cutoff).length, "crypto events newer than the horizon").toBeGreaterThan(0);
    expect(before.filter((e) => !CRYPTO_OPERATIONS.has(e.eventName) && e.eventTime < cutoff).length, "other events older than the horizon").toBeGreaterThan(0);

    const pruned = await pruneCryptoEvents(db, 30, new Date(cutoff.getTime() + 30 * 86_400_000));

    expect(pruned.cutoff).toEqual(cutoff);
    expect(pruned.deleted).toBe(before.length - kept.length);
    expect((await db.query<{ eventId: string }>(`SELECT "eventId" FROM "AuditEvent" ORDER BY "eventId"`)).map((e) => e.eventId)).toEqual(kept);
    expect(await allRollups(db)).toEqual(rollupsBefore);
    const horizons = await db.query(`SELECT DISTINCT "prunedBefore" FROM "AuditPruneHorizon"`);
    expect(horizons).toEqual([{ prunedBefore: pruned.cutoff }]);
  });

  it("does not count pruned events again when the same files are read from another place", async () => {
    const rollupsBefore = await allRollups(db);
    const rows = await count(db);
    const copy = path.join(root, "copy");
    cpSync(dir, copy, { recursive: true });
    const again = await ingestTrailFiles(db, { dir: copy });
    expect(again.ingested).toBe(0);
    expect(await count(db)).toBe(rows);
    expect(await allRollups(db)).toEqual(rollupsBefore);
  });

  it("exports every event oldest first, page by page, and by key and time range", async () => {
    const all = [];
    for await (const row of auditExportRows(db.prisma, {}, 97)) all.push(row);
    expect(all).toHaveLength(await count(db));
    const order = all.map((r) => `${r.eventTime}|${r.eventId}`);
    expect(order).toEqual([...order].sort());
    expect(new Set(all.map((r) => r.eventId)).size).toBe(all.length);

    const since = new Date("2026-10-01T00:06:00Z");
    const until = new Date("2026-10-01T00:09:00Z");
    const key = all.find((r) => r.keyArn && r.eventTime >= since.toISOString() && r.eventTime < until.toISOString())!.keyArn!;
    const some = [];
    for await (const row of auditExportRows(db.prisma, { keyArn: key, since, until }, 5)) some.push(row);
    expect(some).toEqual(all.filter((r) => r.keyArn === key && r.eventTime >= since.toISOString() && r.eventTime < until.toISOString()));
    expect(some.length).toBeGreaterThan(0);
  });

  it("still has rollups equal to a count over the events newer than the horizon", async () => {
    const { rollups, recount } = await rollupsAndRecount(db);
    const newer = (rs: Record<string, unknown>[]) => rs.filter((r) => (r.hour as Date) >= new Date("2026-10-01T01:00:00Z") || !CRYPTO_OPERATIONS.has(String(r.operation)));
    expect(newer(rollups.hourly).length).toBeGreaterThan(0);
    const notCrypto = (rs: Record<string, unknown>[]) => rs.filter((r) => !CRYPTO_OPERATIONS.has(String(r.operation)));
    expect(notCrypto(rollups.hourly)).toEqual(notCrypto(recount.hourly));
    expect(notCrypto(rollups.keyDaily)).toEqual(notCrypto(recount.keyDaily));
    // the daily sums keep what retention deleted, like the hourly rollups they sum
    const operationDays = (rs: Record<string, unknown>[]) => rs.filter((r) => r.dimension === "operation" && !CRYPTO_OPERATIONS.has(String(r.name)));
    expect(operationDays(rollups.daily)).toEqual(operationDays(recount.daily));
    const total = (rs: Record<string, unknown>[], dimension: string) => rs.filter((r) => r.dimension === dimension).reduce((n, r) => n + Number(r.calls), 0);
    const hourlyTotal = rollups.hourly.reduce((n, r) => n + Number(r.calls), 0);
    for (const dimension of ["operation", "key", "principal"]) expect(total(rollups.daily, dimension)).toBe(hourlyTotal);
  });
});
