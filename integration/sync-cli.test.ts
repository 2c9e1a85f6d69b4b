import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { runNpmScript } from "@/lib/sync/testing/cli-process";
import { HOME_ACCOUNT, startSandbox, type Sandbox } from "@/sandbox/index";

// `npm run sync` as an operator runs it, with DATABASE_URL pointing at the test database.
describeEachDatabase("npm run sync", (db) => {
  let sandbox: Sandbox;
  const env = () => ({
    DATABASE_URL: db.url,
    AWS_ENDPOINT_URL: sandbox.url,
    AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
    AWS_REGION: "us-east-1",
    KEYWARDEN_REGIONS: "us-east-1,us-west-2",
    KEYWARDEN_ACCOUNT_ROLES: "",
  });

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: 4 });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it("refuses a bad flag in one line, with exit code 2", async () => {
    const run = await runNpmScript("sync", ["--regions", "eu-north-9"], env());
    expect(run.code).toBe(2);
    expect(run.output.trim()).toBe("sync: --regions: eu-north-9 is not among the Regions to sync (KEYWARDEN_REGIONS)");
  });

  it("runs a full sync with progress lines and a summary, exit code 0", async () => {
    const run = await runNpmScript("sync", ["--full", "--accounts", HOME_ACCOUNT], env());
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^full sync (queued|running) · /m);
    expect(run.output).toMatch(/^full sync succeeded · 2\/2 account-Regions · keys \d+\/\d+ \(100%\)/m);
    expect(run.output).toMatch(/^Sync \S+ \(full\) succeeded in \d+s/m);
    expect(run.output).toMatch(/^ {2}keys: {6}\d+ seen; \d+ created, 0 updated, 0 deleted$/m);
    expect(run.output).toMatch(/^ {2}calls: {5}[\d,]+ \(ListGrants/m);
    expect(run.output).toMatch(/^ {2}throttles: \d+/m);
    expect(await db.prisma.syncRun.findFirstOrThrow({ where: { trigger: "cli" }, orderBy: { startedAt: "desc" } })).toMatchObject({ status: "succeeded", kind: "full" });
  });

  it("ends with a non-zero exit code when the sync fails", async () => {
    const run = await runNpmScript("sync", [], { ...env(), AWS_SECRET_ACCESS_KEY: "not-the-secret" });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^Sync \S+ \(incremental\) failed in/m);
  });
});
