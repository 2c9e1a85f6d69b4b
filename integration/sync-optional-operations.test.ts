import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { createSyncRuntime, runSyncHere, type SyncRuntime } from "@/lib/sync";
import { compareWithGroundTruth, type GroundTruth } from "@/lib/sync/testing/ground-truth";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { HOME_ACCOUNT, startSandbox, type Sandbox } from "@/sandbox/index";
import { readLastUsed } from "@/lib/queries/keys/last-used-facts";
import { QUOTA_SCALE } from "./demo-sync";

type Runtime = SyncRuntime & { close(): Promise<void> };
type Answer = { status: number; contentType: string; body: string };

// What local emulators answer for an operation they do not implement: moto's Flask error page, and
// the JSON error of endpoints that know the protocol but not the action.
const MOTO_HTML_500: Answer = {
  status: 500,
  contentType: "text/html; charset=utf-8",
  body: "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request.</p>\n",
};
const UNKNOWN_OPERATION: Answer = { status: 400, contentType: "application/x-amz-json-1.1", body: JSON.stringify({ __type: "UnknownOperationException" }) };

/** An endpoint in front of the sandbox that does not know the operations in `unknown`; it counts what it was asked. */
async function standInEndpoint(target: string) {
  const upstream = new URL(target);
  const state = { unknown: new Map<string, Answer>(), asked: new Map<string, number>() };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const operation = String(req.headers["x-amz-target"] ?? "").replace("TrentService.", "");
      state.asked.set(operation, (state.asked.get(operation) ?? 0) + 1);
      const answer = state.unknown.get(operation);
      if (answer) {
        res.writeHead(answer.status, { "content-type": answer.contentType });
        res.end(answer.body);
        return;
      }
      const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (reply) => {
        res.writeHead(reply.statusCode ?? 500, reply.headers);
        reply.pipe(res);
      });
      out.on("error", () => res.destroy());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const REGION = "us-east-1";

describeEachDatabase("an endpoint without GetKeyLastUsage (or another optional operation)", (db) => {
  let sandbox: Sandbox;
  let endpoint: Awaited<ReturnType<typeof standInEndpoint>>;
  let viaStandIn: Runtime;
  let direct: Runtime;

  const runtimeFor = async (url: string) => {
    const { aws, config } = await sandboxAws(url, { credentials: sandbox.credentials, quotaScale: QUOTA_SCALE, regions: [REGION] });
    return createSyncRuntime(db.prisma, config, { aws, databaseUrl: db.url });
  };
  const sync = async (runtime: Runtime) => {
    const { runId, status } = await runSyncHere(runtime, { kind: "full", trigger: "cli", accounts: [HOME_ACCOUNT] });
    return { status, run: await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId }, include: { targets: true } }) };
  };
  const unavailableHere = async () =>
    (await db.prisma.accountRegion.findUniqueOrThrow({ where: { accountId_region: { accountId: HOME_ACCOUNT, region: REGION } } })).unavailableOperations;
  const truth = async () => (await (await fetch(`${sandbox.url}/_sandbox/state?account=${HOME_ACCOUNT}&region=${REGION}`)).json()) as GroundTruth;

  beforeAll(async () => {
    sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE });
    endpoint = await standInEndpoint(sandbox.url);
    viaStandIn = await runtimeFor(endpoint.url);
    direct = await runtimeFor(sandbox.url);
  });
  afterAll(async () => {
    for (const r of [viaStandIn, direct]) {
      await r?.close();
      r?.aws.close();
    }
    await endpoint?.close();
    await sandbox?.stop();
  });

  it("succeeds, with last use unavailable and no error per key, when GetKeyLastUsage answers moto's HTML 500", async () => {
    endpoint.state.unknown.set("GetKeyLastUsage", MOTO_HTML_500);
    const { status, run } = await sync(viaStandIn);
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    expect(run.targets[0]!.message).toMatch(/GetKeyLastUsage is not available in us-east-1/);
    // Asked once for the account-Region (no retries, no call per key).
    expect(endpoint.state.asked.get("GetKeyLastUsage")).toBe(1);
    expect(await unavailableHere()).toEqual(["GetKeyLastUsage"]);
    expect(await db.prisma.kmsKey.count({ where: { lastUsageCheckedAt: { not: null } } })).toBe(0);
    expect((await compareWithGroundTruth(db.prisma, await truth(), { lastUsage: false })).slice(0, 20)).toEqual([]);
    // what the pages say: no key's last use is "never"; each says why it is unknown
    const keys = await db.prisma.kmsKey.findMany({ where: { accountId: HOME_ACCOUNT, region: REGION }, select: { arn: true } });
    const shown = await readLastUsed(db.prisma, keys.map((k) => k.arn));
    const withoutTrail = [...shown.values()].filter((u) => u.lastUsed.kind !== "used");
    expect(withoutTrail.length).toBeGreaterThan(0);
    for (const { lastUsed } of withoutTrail) expect(lastUsed).toMatchObject({ kind: "unknown", reasons: expect.arrayContaining(["unavailable"]) });
  });

  it("finds last use again once the endpoint answers GetKeyLastUsage", async () => {
    const { status, run } = await sync(direct);
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    expect(await unavailableHere()).toEqual([]);
    expect(await db.prisma.kmsKey.count({ where: { lastUsageCheckedAt: { not: null } } })).toBeGreaterThan(0);
  });

  it("treats UnknownOperationException for ListKeyRotations and GetKeyLastUsage the same way, keeping what is stored", async () => {
    const before = await db.prisma.keyMaterial.count();
    expect(before).toBeGreaterThan(0);
    endpoint.state.asked.clear();
    endpoint.state.unknown.set("GetKeyLastUsage", UNKNOWN_OPERATION);
    endpoint.state.unknown.set("ListKeyRotations", UNKNOWN_OPERATION);
    // Due again: the previous sync checked every key.
    await db.prisma.kmsKey.updateMany({ data: { lastUsageCheckedAt: null } });
    const { status, run } = await sync(viaStandIn);
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    expect(endpoint.state.asked.get("GetKeyLastUsage")).toBe(1);
    expect(endpoint.state.asked.get("ListKeyRotations")).toBe(1);
    expect(await unavailableHere()).toEqual(["GetKeyLastUsage", "ListKeyRotations"]);
    expect(await db.prisma.keyMaterial.count()).toBe(before);
  });
});
