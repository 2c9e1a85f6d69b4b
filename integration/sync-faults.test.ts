import http from "node:http";
import type { AddressInfo } from "node:net";
import { CreateKeyCommand, DisableKeyCommand, KMSClient, TagResourceCommand } from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { createSyncRuntime, runSyncHere, type SyncRuntime } from "@/lib/sync";
import { compareWithGroundTruth, fetchGroundTruth } from "@/lib/sync/testing/ground-truth";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { HOME_ACCOUNT, startSandbox, type Sandbox } from "@/sandbox/index";
import { demoSyncForSuite, QUOTA_SCALE } from "./demo-sync";

type Runtime = SyncRuntime & { close(): Promise<void> };

type Refusal = { type: string; message: string };

/** Forwards to the sandbox, except the requests `refuse` answers itself (as AWS answers errors). */
async function refusingProxy(target: string, refuse: (req: http.IncomingMessage, body: string) => Refusal | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const refusal = refuse(req, body.toString());
      if (refusal) {
        res.writeHead(400, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "refused-by-the-test" });
        res.end(JSON.stringify({ __type: refusal.type, message: refusal.message }));
        return;
      }
      const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        answer.pipe(res);
      });
      out.on("error", () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Refuses every ListKeys request for a second page. */
const listingBreaker = (target: string) =>
  refusingProxy(target, (req, body) =>
    req.headers["x-amz-target"] === "TrentService.ListKeys" && body.includes('"Marker"')
      ? { type: "AccessDeniedException", message: "refused by the test: the listing fails half-way" }
      : undefined,
  );

describeEachDatabase("a listing that fails half-way", (db) => {
  let sandbox: Sandbox;
  let breaker: Awaited<ReturnType<typeof listingBreaker>>;
  let runtime: Runtime;
  let broken: Runtime;
  const ghost = `arn:aws:kms:us-east-1:${HOME_ACCOUNT}:key/00000000-0000-4000-8000-000000000000`;

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE });
    breaker = await listingBreaker(sandbox.url);
    const tuning = { listKeysPageSize: 10 };
    const direct = await sandboxAws(sandbox.url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE });
    runtime = await createSyncRuntime(db.prisma, direct.config, { aws: direct.aws, databaseUrl: db.url, tuning });
    const viaBreaker = await sandboxAws(breaker.url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE });
    broken = await createSyncRuntime(db.prisma, viaBreaker.config, { aws: viaBreaker.aws, databaseUrl: db.url, tuning });
    expect((await runSyncHere(runtime, { kind: "full", trigger: "cli" })).status).toBe("succeeded");
    // A key the inventory has and AWS no longer has.
    const sample = await db.prisma.kmsKey.findFirstOrThrow({ where: { accountId: HOME_ACCOUNT, region: "us-east-1" } });
    const { arn: _arn, keyId: _keyId, firstSeenAt: _first, ...rest } = sample;
    await db.prisma.kmsKey.create({ data: { ...rest, arn: ghost, keyId: ghost.split("/")[1]!, replicaKeys: undefined, syncedAt: new Date(Date.now() - 86_400_000) } });
  });
  afterAll(async () => {
    for (const r of [runtime, broken]) {
      await r?.close();
      r?.aws.close();
    }
    await breaker?.close();
    await sandbox?.stop();
  });

  it("marks nothing deleted", async () => {
    const { runId, status } = await runSyncHere(broken, { kind: "full", trigger: "cli" });
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId }, include: { targets: true } });
    expect(status).toBe("failed");
    expect(run.targets.every((t) => t.status === "failed" && !t.listingComplete)).toBe(true);
    expect(run.targets[0]!.message).toMatch(/ListKeys stopped after 10 keys/);
    expect(run.keysDeleted).toBe(0);
    expect(await db.prisma.kmsKey.count({ where: { deletedAt: { not: null } } })).toBe(0);
    expect((run.errors as { operation: string; code: string }[]).filter((e) => e.operation === "ListKeys")).toHaveLength(12);
  });

  it("a complete listing then marks the missing key deleted, with the time, and nothing else", async () => {
    const before = Date.now();
    const { runId, status } = await runSyncHere(runtime, { kind: "full", trigger: "cli" });
    expect(status).toBe("succeeded");
    const deleted = await db.prisma.kmsKey.findMany({ where: { deletedAt: { not: null } } });
    expect(deleted.map((k) => k.arn)).toEqual([ghost]);
    expect(deleted[0]!.deletedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ keysDeleted: 1 });
  });
});

describeEachDatabase("a Region not enabled for the account", (db) => {
  let sandbox: Sandbox;
  let proxy: Awaited<ReturnType<typeof refusingProxy>>;
  let runtime: Runtime;

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE });
    // What AWS answers in an opt-in Region the account has not enabled.
    proxy = await refusingProxy(sandbox.url, (req) =>
      /\/me-south-1\//.test(req.headers.authorization ?? "") ? { type: "UnrecognizedClientException", message: "The security token included in the request is invalid." } : undefined,
    );
    const { aws, config } = await sandboxAws(proxy.url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE, regions: ["us-east-1", "me-south-1"] });
    runtime = await createSyncRuntime(db.prisma, config, { aws, databaseUrl: db.url });
  });
  afterAll(async () => {
    await runtime?.close();
    runtime?.aws.close();
    await proxy?.close();
    await sandbox?.stop();
  });

  it("is shown as skipped, not as a failure", async () => {
    const { runId, status } = await runSyncHere(runtime, { kind: "full", trigger: "cli", accounts: [HOME_ACCOUNT] });
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId }, include: { targets: true } });
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    expect(run.targets.find((t) => t.region === "me-south-1")).toMatchObject({ status: "skipped", message: expect.stringContaining("not enabled") });
    expect(run.targets.find((t) => t.region === "us-east-1")).toMatchObject({ status: "succeeded" });
    expect(await db.prisma.accountRegion.findUniqueOrThrow({ where: { accountId_region: { accountId: HOME_ACCOUNT, region: "me-south-1" } } })).toMatchObject({ status: "skipped" });
  });
});

describe.each([["throttle=0.05,error=0.03,reset=0.01,latency=0-15"]])("the sandbox with faults on (%s)", (faults) => {
  describeEachDatabase("sync", (db) => {
    const demo = demoSyncForSuite(db, { faults });

    it("a full sync is still exact", async () => {
      const { runId, status } = await runSyncHere(demo.runtime, { kind: "full", trigger: "cli" });
      const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
      expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
      expect(run.throttlesTotal).toBeGreaterThan(0);
      // Throttles slow GetKeyLastUsage (5/s) down: what it checked is exact; the rest waits for the next sync.
      expect((await compareWithGroundTruth(db.prisma, await fetchGroundTruth(demo.sandbox.url), { lastUsage: "checked" })).slice(0, 20)).toEqual([]);
      expect(await db.prisma.kmsKey.count({ where: { lastUsageCheckedAt: { not: null } } })).toBeGreaterThan(0);
    });

    it("so is an incremental one", async () => {
      const kms = new KMSClient({ region: "us-west-2", endpoint: demo.sandbox.url, credentials: demo.sandbox.credentials, maxAttempts: 10 });
      try {
        const key = await kms.send(new CreateKeyCommand({ Description: "made under faults" }));
        await kms.send(new TagResourceCommand({ KeyId: key.KeyMetadata!.KeyId!, Tags: [{ TagKey: "Faults", TagValue: "on" }] }));
        const some = await db.prisma.kmsKey.findFirstOrThrow({ where: { region: "us-west-2", accountId: HOME_ACCOUNT, keyManager: "CUSTOMER", keyState: "Enabled" } });
        await kms.send(new DisableKeyCommand({ KeyId: some.keyId }));
      } finally {
        kms.destroy();
      }
      const { runId, status } = await runSyncHere(demo.runtime, { kind: "incremental", trigger: "cli" });
      const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
      expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
      expect((await compareWithGroundTruth(db.prisma, await fetchGroundTruth(demo.sandbox.url), { lastUsage: false })).slice(0, 20)).toEqual([]);
    });
  });
});
