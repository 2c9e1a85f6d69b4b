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

describeEachDatabase("retention of raw crypto events", (db) => {
  beforeAll(async () => {
    await ingestTrailFiles(db, { dir });
  });

  it("deletes raw crypto events older than the retention, keeps their rollups and every other event", async () => {
    const rollupsBefore = await db.query(`SELECT * FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`);
    const crypto = [...CRYPTO_OPERATIONS];
    const old = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "eventName" = ANY($1) AND "eventTime" < '2026-10-01T00:05:00Z'`, [crypto]);
    const others = await count(db, `NOT ("eventName" = ANY('{${crypto.join(",")}}'))`);
    const now = new Date(Date.parse("2026-10-01T00:05:00Z") + 30 * 86_400_000);
    const pruned = await pruneCryptoEvents(db, 30, now);
    expect(pruned.deleted).toBe(old[0]!.n);
    expect(pruned.deleted).toBeGreaterThan(0);
    expect(await count(db, `"eventName" = ANY('{${crypto.join(",")}}') AND "eventTime" < '2026-10-01T00:05:00Z'`)).toBe(0);
    expect(await count(db, `NOT ("eventName" = ANY('{${crypto.join(",")}}'))`)).toBe(others);
    expect(await db.query(`SELECT * FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`)).toEqual(rollupsBefore);
    const horizons = await db.query(`SELECT DISTINCT "prunedBefore" FROM "AuditPruneHorizon"`);
    expect(horizons).toEqual([{ prunedBefore: pruned.cutoff }]);
  });

  it("does not count pruned events again when the same files are read from another place", async () => {
    const rollupsBefore = await db.query(`SELECT * FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`);
    const rows = await count(db);
    const copy = path.join(root, "copy");
    cpSync(dir, copy, { recursive: true });
    const again = await ingestTrailFiles(db, { dir: copy });
    expect(again.ingested).toBe(0);
    expect(await count(db)).toBe(rows);
    expect(await db.query(`SELECT * FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`)).toEqual(rollupsBefore);
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
