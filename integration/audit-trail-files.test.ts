import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAwsAccess } from "@/lib/aws";
import { ingestLookupEvents, ingestTrailFiles } from "@/lib/audit";
import { getConfig } from "@/lib/config";
import { describeEachDatabase, type TestDatabase } from "@/lib/db/testing";
import { ORG_ACCOUNTS, ORG_REGIONS, type Sandbox } from "@/sandbox";
import { sandboxAccess, sorted, type SandboxAccess } from "./aws-sandbox";

const DAY = 86_400_000;
const HOME = { accountId: "111122223333", region: "us-east-1" };

function kmsEventIds(sandbox: Sandbox, accountId: string): string[] {
  return sorted(
    ORG_REGIONS.flatMap((region) =>
      [...sandbox.world.events.stream(accountId, region).newestFirst(Number.MAX_SAFE_INTEGER, sandbox.world.clock.now() - 90 * DAY)]
        .filter((e) => e.record.eventSource === "kms.amazonaws.com")
        .map((e) => e.record.eventID),
    ),
  );
}

async function storedIds(db: TestDatabase, accountId: string): Promise<string[]> {
  return sorted((await db.query<{ eventId: string }>(`SELECT "eventId" FROM "AuditEvent" WHERE "accountId" = $1`, [accountId])).map((r) => r.eventId));
}

describeEachDatabase("trail log files written by the sandbox", (db) => {
  let s: SandboxAccess;
  const trailDir = mkdtempSync(path.join(os.tmpdir(), "keywarden-trail-"));
  beforeAll(async () => {
    const roles = ORG_ACCOUNTS.flatMap((a) => (a.readerRoleArn ? [a.readerRoleArn] : []));
    s = await sandboxAccess({ fleet: "demo", quotaScale: 25, trailDir }, { quotaScale: 25, config: { regions: ORG_REGIONS, accountRoles: roles, quotaFraction: 0.95 } });
  });
  afterAll(async () => {
    await s.stop();
    rmSync(trailDir, { recursive: true, force: true });
  });

  it("ingests --from-dir every KMS event the trails delivered, and none of the account whose trail excludes KMS", async () => {
    const summary = await ingestTrailFiles(db, { dir: trailDir });
    for (const account of ["111122223333", "444455556666"]) expect(await storedIds(db, account)).toEqual(kmsEventIds(s.sandbox, account));
    expect(await storedIds(db, "777788889999")).toEqual([]);
    expect(summary).toMatchObject({ quarantined: 0, status: "succeeded" });
  });

  it("finds the same events through LookupEvents: all duplicates", async () => {
    const summary = await ingestLookupEvents(db, getConfig(), { aws: s.aws, accounts: [HOME.accountId], regions: [HOME.region] });
    expect(summary.ingested).toBe(0);
    expect(summary.duplicates).toBeGreaterThan(1000);
  });

  it("reads the same files from S3, page by page", async () => {
    await db.truncate();
    const s3 = await fakeS3(trailDir, "org-trail-bucket", HOME.accountId);
    const aws = createAwsAccess({
      config: { endpointUrl: s3.url, homeRegion: "us-east-1", regions: ["us-east-1"], accountRoles: [], roleExternalId: undefined, quotaFraction: 0.8 },
      credentials: async () => ({ accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }),
    });
    try {
      const summary = await ingestTrailFiles(db, { s3: { bucket: "org-trail-bucket", prefix: `AWSLogs/${HOME.accountId}/` } }, { aws });
      expect(await storedIds(db, HOME.accountId)).toEqual(kmsEventIds(s.sandbox, HOME.accountId));
      expect(s3.listCalls).toBeGreaterThan(1);
      const files = await db.prisma.ingestedFile.findMany({ where: { source: "s3" } });
      expect(files.length).toBe(s3.keys.filter((k) => k.startsWith(`AWSLogs/${HOME.accountId}/`)).length);
      expect(files.every((f) => f.location.startsWith("s3://org-trail-bucket/AWSLogs/111122223333/") && f.etag === `"${f.size}"`)).toBe(true);
      const again = await ingestTrailFiles(db, { s3: { bucket: "org-trail-bucket", prefix: `AWSLogs/${HOME.accountId}/` } }, { aws });
      expect(again).toMatchObject({ ingested: 0, duplicates: 0, quarantined: 0, skipped: 0 });
      expect(summary.ingested).toBeGreaterThan(1000);
    } finally {
      aws.close();
      await s3.close();
    }
  });
});

/**
 * The part of S3 (and STS) the S3 path uses: ListObjectsV2, three keys a page, and GetObject, over
 * a directory in S3's layout; GetCallerIdentity names the account whose credentials read it.
 */
async function fakeS3(dir: string, bucket: string, accountId: string) {
  const keys = walk(dir).map((f) => path.relative(dir, f).split(path.sep).join("/")).sort();
  const state = { listCalls: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://localhost");
    if (req.method === "POST") {
      res.setHeader("content-type", "text/xml");
      return res.end(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${accountId}:user/reader</Arn><UserId>AIDAEXAMPLE</UserId><Account>${accountId}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
    }
    const [, name, ...rest] = url.pathname.split("/");
    if (name !== bucket) return res.writeHead(404).end();
    if (rest.length === 0 || (rest.length === 1 && rest[0] === "")) {
      state.listCalls++;
      const prefix = url.searchParams.get("prefix") ?? "";
      const after = url.searchParams.get("continuation-token");
      const matching = keys.filter((k) => k.startsWith(prefix) && (!after || k > after));
      const page = matching.slice(0, 3);
      const truncated = matching.length > page.length;
      const contents = page.map((k) => `<Contents><Key>${k}</Key><LastModified>2026-06-01T00:00:00.000Z</LastModified><ETag>"${statSync(path.join(dir, k)).size}"</ETag><Size>${statSync(path.join(dir, k)).size}</Size><StorageClass>STANDARD</StorageClass></Contents>`).join("");
      res.setHeader("content-type", "application/xml");
      return res.end(`<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${truncated ? `<NextContinuationToken>${page.at(-1)}</NextContinuationToken>` : ""}</ListBucketResult>`);
    }
    const key = decodeURIComponent(rest.join("/"));
    if (!keys.includes(key)) return res.writeHead(404).end();
    res.setHeader("content-type", "application/octet-stream");
    return res.end(readFileSync(path.join(dir, key)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    keys,
    get listCalls() {
      return state.listCalls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
