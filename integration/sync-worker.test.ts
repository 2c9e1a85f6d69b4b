import { KMSClient, UpdateKeyDescriptionCommand } from "@aws-sdk/client-kms";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { AwsAccess } from "@/lib/aws";
import { parseConfig, type Config } from "@/lib/config";
import { createPrisma } from "@/lib/db/client";
import { describeEachDatabase } from "@/lib/db/testing";
import { requestKeyRefresh, requestSync, startSyncWorker, type RunStatus, type SyncWorker } from "@/lib/sync";
import { enqueueDueSync } from "@/lib/sync/run/schedule";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { HOME_ACCOUNT, startSandbox, type Sandbox } from "@/sandbox/index";

const QUOTA_SCALE = 4;
type RunEvent = { runId: string; kind: string; status: RunStatus };

// The tests read the database only while no worker runs: on the embedded database, queries from two
// connections at once can interleave (pglite-socket, electric-sql/pglite#1046).
describeEachDatabase("the sync worker", (db) => {
  let sandbox: Sandbox;
  let aws: AwsAccess;
  let config: Config;
  let worker: SyncWorker | undefined;
  let events: RunEvent[] = [];
  let listeners: (() => void)[] = [];

  const start = async (options: { schedule?: boolean; maintenanceMs?: number } = {}) => {
    events = [];
    worker = await startSyncWorker(db.prisma, config, {
      aws,
      databaseUrl: db.url,
      pollMs: 100,
      schedule: false,
      ...options,
      onRun: (e) => {
        events.push(e);
        for (const l of listeners) l();
      },
    });
  };
  const stop = async () => {
    await worker?.stop();
    worker = undefined;
  };
  const event = (match: (e: RunEvent) => boolean, timeoutMs = 60_000) =>
    new Promise<RunEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for the worker")), timeoutMs);
      const check = () => {
        const found = events.find(match);
        if (!found) return;
        clearTimeout(timer);
        listeners = listeners.filter((l) => l !== check);
        resolve(found);
      };
      listeners.push(check);
      check();
    });
  const ended = (runId?: string) => event((e) => e.status !== "running" && (!runId || e.runId === runId));

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE });
    const access = await sandboxAws(sandbox.url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE });
    aws = access.aws;
    config = { ...parseConfig({}), aws: access.config.aws, schedule: { incrementalMinutes: 15, fullHours: 24 } };
  });
  afterEach(stop);
  afterAll(async () => {
    aws?.close();
    await sandbox?.stop();
  });

  it("closes a run left running by a dead process when it starts, and leaves live ones alone", async () => {
    const longAgo = new Date(Date.now() - 20 * 60_000);
    const dead = await db.prisma.syncRun.create({
      data: {
        kind: "incremental", trigger: "schedule", status: "running", owner: "gone-host:4242", startedAt: longAgo, heartbeatAt: longAgo,
        targets: { create: [{ accountId: HOME_ACCOUNT, region: "us-east-1", status: "running" }] },
      },
    });
    const live = await db.prisma.syncRun.create({ data: { kind: "full", trigger: "cli", status: "running", owner: "other-host:7", scope: { regions: ["us-east-1"] } } });
    await start();
    await stop();
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: dead.id }, include: { targets: true } })).toMatchObject({
      status: "abandoned",
      finishedAt: expect.any(Date),
      message: expect.stringContaining("abandoned"),
      targets: [expect.objectContaining({ status: "failed" })],
    });
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({ status: "running" });
    await db.prisma.syncRun.delete({ where: { id: live.id } });
  });

  it("runs the schedule with nobody signed in: a full sync first, then nothing until one is due", async () => {
    await start({ schedule: true, maintenanceMs: 100 });
    const first = await ended();
    await new Promise((r) => setTimeout(r, 1000));
    await stop();
    expect(first).toMatchObject({ kind: "full", status: "succeeded" });
    expect(events.filter((e) => e.status === "running")).toHaveLength(1);
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: first.runId } })).toMatchObject({ trigger: "schedule", owner: expect.stringContaining(":") });
  });

  it("executes requested runs: a manual sync and a key refresh", async () => {
    const manual = await requestSync({ kind: "incremental", trigger: "manual", regions: ["us-east-1"] }, db.prisma);
    await start();
    expect(await ended(manual.runId)).toMatchObject({ status: "succeeded", kind: "incremental" });
    await stop();

    const key = await db.prisma.kmsKey.findFirstOrThrow({ where: { accountId: HOME_ACCOUNT, region: "us-east-1", keyManager: "CUSTOMER", keyState: "Enabled" } });
    const kms = new KMSClient({ region: "us-east-1", endpoint: sandbox.url, credentials: sandbox.credentials });
    await kms.send(new UpdateKeyDescriptionCommand({ KeyId: key.keyId, Description: "refreshed by the worker test" }));
    kms.destroy();
    const refresh = await requestKeyRefresh({ keyArn: key.arn }, db.prisma);
    await start();
    expect(await ended(refresh.runId)).toMatchObject({ status: "succeeded", kind: "key" });
    await stop();
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: refresh.runId } })).toMatchObject({ keysSeen: 1, keysUpdated: 1 });
    expect(await db.prisma.kmsKey.findUniqueOrThrow({ where: { arn: key.arn } })).toMatchObject({ description: "refreshed by the worker test" });
  });

  it("ends the runs it is executing as interrupted when it stops", async () => {
    const { runId } = await requestSync({ kind: "full", trigger: "manual" }, db.prisma);
    await start();
    await event((e) => e.runId === runId && e.status === "running");
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    expect(events.find((e) => e.runId === runId && e.status !== "running")).toMatchObject({ status: "failed" });
    expect(await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "failed", message: expect.stringMatching(/^interrupted/) });
  });

  it("queues one scheduled sync however many processes ask at once", async ({ skip }) => {
    if (db.target !== "postgres") skip("only the process serving the embedded database runs the schedule");
    await db.prisma.syncRun.deleteMany({});
    const other = createPrisma(db.url, { max: 3 });
    try {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => enqueueDueSync(i % 2 ? other : db.prisma, config.schedule)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await db.prisma.syncRun.count()).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});
