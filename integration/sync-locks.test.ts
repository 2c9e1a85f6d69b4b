import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { createSyncRuntime, requestSync, runQueuedHere, type SyncRuntime } from "@/lib/sync";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { HOME_ACCOUNT, startSandbox, type Sandbox } from "@/sandbox/index";

const QUOTA_SCALE = 4;
type Runtime = SyncRuntime & { close(): Promise<void> };
const TARGET = `${HOME_ACCOUNT}/us-east-1`;

/** Another process that takes the account-Region's lock through the sync's own lock code, and holds it. */
async function lockHolder(url: string): Promise<{ child: ChildProcess; release(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "keywarden-lock-"));
  const script = path.join(dir, "hold.mts");
  writeFileSync(
    script,
    `import { openTargetLocks } from ${JSON.stringify(path.resolve("lib/sync/run/target-locks.ts"))};
const locks = openTargetLocks(${JSON.stringify(url)}, false);
const lease = await locks.tryAcquire(${JSON.stringify(TARGET)});
console.log(lease ? "held" : "busy");
process.stdin.once("data", async () => { await lease?.release(); await locks.close(); process.exit(0); });`,
  );
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), script], { stdio: ["pipe", "pipe", "inherit"] });
  const [line] = (await once(child.stdout!, "data")) as [Buffer];
  expect(line.toString().trim()).toBe("held");
  return {
    child,
    release: async () => {
      child.stdin!.write("go\n");
      await once(child, "exit");
    },
  };
}

const overlaps = (a: { startedAt: Date | null; finishedAt: Date | null }, b: { startedAt: Date | null; finishedAt: Date | null }) =>
  a.startedAt! < b.finishedAt! && b.startedAt! < a.finishedAt!;

describeEachDatabase("one sync per account-Region at a time", (db) => {
  let sandbox: Sandbox;
  const runtimes: Runtime[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE });
    // On a server, two independent runtimes, as two app processes have: their own AWS access, Prisma
    // client and lock connection. The embedded database has one process that runs syncs: one runtime.
    for (let i = 0; i < (db.target === "postgres" ? 2 : 1); i++) {
      const { aws, config } = await sandboxAws(sandbox.url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE });
      runtimes.push(await createSyncRuntime(db.prisma, config, { aws, databaseUrl: db.url, tuning: { lastUsageMinMs: 0 } }));
    }
  });
  afterAll(async () => {
    for (const r of runtimes) {
      await r.close();
      r.aws.close();
    }
    await sandbox?.stop();
  });

  it("chooses advisory locks on a server and in-process locks on the embedded database", () => {
    expect(runtimes[0]!.locks.mode).toBe(db.target === "postgres" ? "advisory" : "in-process");
  });

  it("lets two runs over the same account-Regions take turns, never at once", async () => {
    const scope = { kind: "full" as const, trigger: "cli" as const, accounts: [HOME_ACCOUNT] };
    const a = await requestSync(scope, db.prisma);
    const b = await requestSync(scope, db.prisma);
    const statuses = await Promise.all([runQueuedHere(runtimes[0]!, a.runId), runQueuedHere(runtimes.at(-1)!, b.runId)]);
    const runs = await db.prisma.syncRun.findMany({ where: { id: { in: [a.runId, b.runId] } } });
    expect(runs.map((r) => r.errors)).toEqual([[], []]);
    expect(statuses).toEqual(["succeeded", "succeeded"]);
    const targets = await db.prisma.syncRunTarget.findMany({ where: { runId: { in: [a.runId, b.runId] } } });
    for (const region of ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"]) {
      const [x, y] = targets.filter((t) => t.region === region);
      expect(overlaps(x!, y!), region).toBe(false);
    }
  });

  it("waits while another process holds the account-Region", async ({ skip }) => {
    if (db.target !== "postgres") skip("on the embedded database only the process serving it runs syncs");
    const holder = await lockHolder(db.url);
    let released = false;
    try {
      expect(await runtimes[0]!.locks.tryAcquire(TARGET)).toBeUndefined();
      const { runId } = await requestSync({ kind: "full", trigger: "cli", accounts: [HOME_ACCOUNT], regions: ["us-east-1"] }, db.prisma);
      const run = runQueuedHere(runtimes[0]!, runId);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await db.prisma.syncRunTarget.findFirstOrThrow({ where: { runId } })).toMatchObject({ status: "pending", message: expect.stringContaining("waiting") });
      const freedAt = new Date();
      await holder.release();
      released = true;
      expect(await run).toBe("succeeded");
      expect((await db.prisma.syncRunTarget.findFirstOrThrow({ where: { runId } })).startedAt!.getTime()).toBeGreaterThanOrEqual(freedAt.getTime());
    } finally {
      if (!released) holder.child.kill();
    }
  });
});
