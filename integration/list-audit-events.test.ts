import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestTrailFiles } from "@/lib/audit/ingest/ingest-trail-files";
import { writeSyntheticTrail } from "@/lib/audit/testing/synthetic-trail";
import { describeEachDatabase } from "@/lib/db/testing";
import { decodeAuditCursor } from "@/lib/queries/audit-events/audit-cursor";
import { parseAuditFilter } from "@/lib/filters/audit-filter";
import { getAuditEvent } from "@/lib/queries/audit-events/get-audit-event";
import { getAuditFilterOptions } from "@/lib/queries/audit-events/audit-filter-options";
import { listAuditEvents } from "@/lib/queries/audit-events/list-audit-events";
import { searchCandidates } from "@/lib/queries/audit-events/search-candidates";

const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-explorer-"));
// 12 account-Regions × 2 five-minute windows from 2026-10-01T00:00Z; times have whole seconds, so
// many events share one eventTime
writeSyntheticTrail({ dir, files: 24, recordsPerFile: 40, seed: 11 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date("2026-10-02T00:00:00Z");
const HOT_KEY = "arn:aws:kms:us-east-1:111122223333:key/00000000-1111-4222-a333-111122223333";

type Row = { eventId: string; eventTime: Date; accountId: string; region: string; keyArn: string | null; eventName: string; principalArn: string | null; invokedBy: string | null; readOnly: boolean | null; errorCode: string | null };

function filter(qs: string) {
  const parsed = parseAuditFilter(new URLSearchParams(qs));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

describeEachDatabase("the audit explorer's events", (db) => {
  let all: Row[];
  const newestFirst = (rows: Row[]) => rows.map((r) => r.eventId);

  beforeAll(async () => {
    await ingestTrailFiles(db, { dir });
    await db.prisma.awsAccount.create({ data: { id: "111122223333", name: "security-tooling" } });
    await db.prisma.kmsKey.create({
      data: {
        arn: HOT_KEY, accountId: "111122223333", region: "us-east-1", keyId: "00000000-1111-4222-a333-111122223333", keyState: "Enabled", enabled: true,
        keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: new Date("2026-01-01T00:00:00Z"),
        syncedAt: NOW, primaryAlias: "alias/ledger-vault", searchText: `00000000-1111-4222-a333-111122223333 ${HOT_KEY.toLowerCase()} alias/ledger-vault`,
      },
    });
    all = await db.query<Row>(`SELECT "eventId", "eventTime", "accountId", region, "keyArn", "eventName", "principalArn", "invokedBy", "readOnly", "errorCode" FROM "AuditEvent" ORDER BY "eventTime" DESC, "eventId" DESC`);
  });

  async function readAll(qs: string, limit: number, listedPrincipals?: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listAuditEvents(filter(qs), { limit, now: NOW, cursor: cursor ? decodeAuditCursor(cursor) : undefined, listedPrincipals });
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      ids.push(...page.rows.map((r) => r.eventId));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  it("pages newest first on (eventTime, eventId), continuous across equal times", async () => {
    expect(all.length).toBeGreaterThan(800);
    const times = all.map((r) => r.eventTime.getTime());
    expect(new Set(times).size).toBeLessThan(times.length - 100);
    expect(await readAll("", 37)).toEqual(newestFirst(all));
    const first = await listAuditEvents(filter(""), { limit: 5, now: NOW });
    expect(first.rows[0]).toMatchObject({ eventId: all[0]!.eventId, eventTime: all[0]!.eventTime.toISOString() });
  });

  it.each([
    ["account=444455556666", (r: Row) => r.accountId === "444455556666"],
    ["region=eu-west-1", (r: Row) => r.region === "eu-west-1"],
    [`key=${encodeURIComponent(HOT_KEY)}`, (r: Row) => r.keyArn === HOT_KEY],
    ["eventName=CreateGrant", (r: Row) => r.eventName === "CreateGrant"],
    ["principal=arn:aws:sts::444455556666:assumed-role/payments-api/payments-api-37", (r: Row) => r.principalArn === "arn:aws:sts::444455556666:assumed-role/payments-api/payments-api-37"],
    ["service=rds.amazonaws.com", (r: Row) => r.invokedBy === "rds.amazonaws.com"],
    ["access=write", (r: Row) => r.readOnly === false],
    ["access=read&errors=1", (r: Row) => r.readOnly === true && r.errorCode !== null],
    ["from=2026-10-01T00:05:00Z&until=2026-10-01T00:07:30Z", (r: Row) => r.eventTime >= new Date("2026-10-01T00:05:00Z") && r.eventTime < new Date("2026-10-01T00:07:30Z")],
  ])("filters by %s", async (qs, match) => {
    const expected = newestFirst(all.filter(match));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(await readAll(qs, 25)).toEqual(expected);
  });

  it("keeps the time window: a preset counts back from now", async () => {
    expect(await readAll("range=1h", 50)).toEqual([]);
    const page = await listAuditEvents(filter("range=24h"), { now: new Date("2026-10-01T12:00:00Z") });
    expect(page.rows).toHaveLength(100);
  });

  it("searches principals and keys (by alias) without matching text over the events", async () => {
    const byPrincipal = newestFirst(all.filter((r) => r.principalArn?.includes("/analytics-reader/")));
    expect(await readAll("q=ANALYTICS-reader", 40)).toEqual(byPrincipal);
    expect(await readAll("q=ledger-vault", 40)).toEqual(newestFirst(all.filter((r) => r.keyArn === HOT_KEY)));
    // a key and a principal both match: each event once
    const both = newestFirst(all.filter((r) => r.keyArn === HOT_KEY || r.principalArn?.toLowerCase().includes("ledger")));
    expect(await readAll("q=ledger", 30)).toEqual(both);
    expect(await readAll("q=ledger&errors=1", 30)).toEqual(newestFirst(all.filter((r) => (r.keyArn === HOT_KEY || r.principalArn?.includes("ledger")) && r.errorCode)));
    expect(await readAll("q=nobody-has-this", 30)).toEqual([]);
    // hundreds of principals: one query on the time index instead of a lookup each
    expect(await readAll("q=arn:aws:sts", 150)).toEqual(newestFirst(all.filter((r) => r.principalArn?.startsWith("arn:aws:sts"))));
    expect(await searchCandidates("arn", 50)).toEqual({ tooMany: true });
  });

  it("finds every matching principal when there are more principals than it lists, by matching their ARNs as text", async () => {
    const principals = new Set(all.flatMap((r) => (r.principalArn ? [r.principalArn] : [])));
    expect(principals.size).toBeGreaterThan(3);
    // the last principal in ARN order is past a list of 3
    const last = [...principals].sort()[principals.size - 1]!;
    const session = last.split("/").at(-1)!;
    const expected = newestFirst(all.filter((r) => r.principalArn?.toLowerCase().includes(session.toLowerCase())));
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchCandidates(session, 50, 3)).toMatchObject({ principalArns: [], principalLike: [`%${session.toLowerCase()}%`] });
    expect(await readAll(`q=${encodeURIComponent(session.toUpperCase())}`, 20, 3)).toEqual(expected);
    expect(await readAll(`q=${encodeURIComponent(session)}`, 20)).toEqual(expected);
    // keys still match by their own index beside the text match of principals
    const both = newestFirst(all.filter((r) => r.keyArn === HOT_KEY || r.principalArn?.toLowerCase().includes("ledger")));
    expect(await readAll("q=ledger", 30, 3)).toEqual(both);
  });

  it("reads one whole event with its raw record, and the filter options", async () => {
    const row = all.find((r) => r.keyArn === HOT_KEY)!;
    const record = await getAuditEvent(row.eventId);
    expect(record).toMatchObject({ eventId: row.eventId, keyArn: HOT_KEY, keyAlias: "alias/ledger-vault", source: "trail-file" });
    expect(record?.raw).toMatchObject({ eventID: row.eventId, eventSource: "kms.amazonaws.com" });
    expect(await getAuditEvent("no-such-event")).toBeNull();
    const options = await getAuditFilterOptions();
    expect(options.eventNames).toEqual([...new Set(all.map((r) => r.eventName))].sort());
    expect(options.services).toEqual([...new Set(all.flatMap((r) => (r.invokedBy ? [r.invokedBy] : [])))].sort());
    expect(options.accounts).toEqual([{ id: "111122223333", name: "security-tooling" }]);
  });
});
