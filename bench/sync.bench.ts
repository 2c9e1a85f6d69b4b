// `npm run bench -- sync [--quick] [--keys N] [--region-keys M] [--baseline-keys B] [--latency 10-30]`
// Needs DATABASE_URL (a Postgres server): the bench uses its own database there, keywarden_bench_sync*.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { quotaFor, type AwsAccess } from "@/lib/aws";
import { getConfig } from "@/lib/config";
import { createPrisma } from "@/lib/db/client";
import { createSyncRuntime, runSyncHere, type SyncRequest } from "@/lib/sync";
import { databaseUrl, freshDatabase } from "@/lib/sync/testing/bench-database";
import { changeKeys, createKeys } from "@/lib/sync/testing/bench-fleet";
import { collectOneAtATime } from "@/lib/sync/testing/one-call-at-a-time";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { startSandboxProcess } from "@/lib/sync/testing/sandbox-process";
import type { BenchResult } from "./cli";

const HOME = "111122223333";
const CREDENTIALS = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const BENCH_REGION = "us-east-1";
const OTHER_REGIONS = ["us-west-2", "eu-west-1", "ap-southeast-2"];

type Options = { keys: number; regionKeys: number; baselineKeys: number; latency: string };

function parse(args: string[]): Options {
  const quick = args.includes("--quick");
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const int = (flag: string, fallback: number) => {
    const v = Number(value(flag) ?? fallback);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${flag} must be a positive integer`);
    return v;
  };
  return {
    keys: int("--keys", quick ? 1000 : 10_000),
    regionKeys: int("--region-keys", quick ? 300 : 3000),
    baselineKeys: int("--baseline-keys", quick ? 50 : 300),
    latency: value("--latency") ?? "10-30",
  };
}

type Measured = { seconds: number; run: { keysSeen: number; keysCreated: number; keysUpdated: number; callsTotal: number; throttlesTotal: number; status: string; operations: unknown } };

async function measure(serverUrl: string, db: string, aws: AwsAccess, config: Parameters<typeof createSyncRuntime>[1], request: SyncRequest, fresh: boolean) {
  const url = fresh ? await freshDatabase(serverUrl, db) : databaseUrl(serverUrl, db);
  const prisma = createPrisma(url, { max: 8 });
  const runtime = await createSyncRuntime(prisma, config, { aws, databaseUrl: url });
  try {
    const started = performance.now();
    const { runId, status } = await runSyncHere(runtime, request);
    const seconds = (performance.now() - started) / 1000;
    const run = await prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
    if (status !== "succeeded") throw new Error(`sync ${runId} ended ${status}: ${run.message}`);
    return { seconds, run, url } satisfies Measured & { url: string };
  } finally {
    await runtime.close();
    await prisma.$disconnect();
  }
}

/** The quota floor: the slowest operation's calls at its full rate (KEYWARDEN_QUOTA_FRACTION=1). */
function floorOf(operations: unknown, region: string): { seconds: number; operation: string } {
  let worst = { seconds: 0, operation: "" };
  for (const [op, c] of Object.entries(operations as Record<string, { calls: number }>)) {
    if (op === "GetKeyLastUsage") continue; // budgeted: it never sets a sync's length
    const seconds = c.calls / quotaFor("kms", op, region).rps;
    if (seconds > worst.seconds) worst = { seconds, operation: op };
  }
  return worst;
}

function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const s = (n: number) => `${n.toFixed(1)} s`;

export default async function bench(args: string[]): Promise<BenchResult> {
  const o = parse(args);
  const serverUrl = getConfig().databaseUrl;
  if (!serverUrl) throw new Error("The sync bench needs DATABASE_URL (a Postgres server); it creates its own database there.");
  const dir = mkdtempSync(path.join(tmpdir(), "keywarden-bench-sync-"));
  const state = path.join(dir, "state.json");
  const log = (line: string) => console.log(`[sync bench] ${line}`);
  const loadBefore = loadavg();
  try {
    // 1. The fleet: bench:N in us-east-1, plus keys made through the SDK in three more Regions while
    //    the sandbox's quotas are raised; saved, then served again with AWS's default quotas.
    log(`building the fleet: ${o.keys} keys in ${BENCH_REGION}, ${o.regionKeys} in each of ${OTHER_REGIONS.join(", ")}`);
    const builder = await startSandboxProcess(["--fleet", `bench:${o.keys}`, "--quota-scale", "100", "--state", state]);
    await Promise.all(OTHER_REGIONS.map((r) => createKeys(builder.url, CREDENTIALS, HOME, r, o.regionKeys)));
    await builder.stop();
    const sandbox = await startSandboxProcess(["--state", state, "--quota-scale", "1", "--faults", `latency=${o.latency}`]);
    try {
      const regions = [BENCH_REGION, ...OTHER_REGIONS];
      const { aws, config } = await sandboxAws(sandbox.url, { credentials: CREDENTIALS, quotaFraction: 1, regions });
      const full: SyncRequest = { kind: "full", trigger: "cli", regions: [BENCH_REGION] };

      // 2. Full sync of one account-Region against the quota floor.
      log(`full sync of ${o.keys} keys`);
      const rss = sampleRss();
      const first = await measure(serverUrl, "keywarden_bench_sync", aws, config, full, true);
      const peakRss = rss.stop();
      const floor = floorOf(first.run.operations, BENCH_REGION);
      log(`${s(first.seconds)} (floor ${s(floor.seconds)}, ${floor.operation}), peak RSS ${mb(peakRss)} MB`);

      // 3. Incremental after 1% of the keys changed.
      const changed = Math.max(1, Math.round(o.keys / 100));
      const prisma = createPrisma(first.url, { max: 2 });
      const arns = (await prisma.kmsKey.findMany({ where: { region: BENCH_REGION }, select: { arn: true }, orderBy: { arn: "asc" }, take: changed })).map((k) => k.arn);
      await prisma.$disconnect();
      log(`changing ${changed} keys through the SDK, then an incremental sync`);
      await changeKeys(sandbox.url, CREDENTIALS, BENCH_REGION, arns);
      const incremental = await measure(serverUrl, "keywarden_bench_sync", aws, config, { ...full, kind: "incremental" }, false);
      log(`incremental ${s(incremental.seconds)}: ${incremental.run.keysSeen} keys read, ${incremental.run.keysUpdated} written`);

      // 4. The one-call-at-a-time baseline, on a sample of the same keys, scaled to all of them.
      const baseline = await collectOneAtATime(aws.kms({ accountId: HOME, region: BENCH_REGION }), o.baselineKeys);
      const baselineSeconds = (baseline.ms / 1000) * (o.keys / baseline.keys);
      log(`baseline: ${baseline.keys} keys in ${s(baseline.ms / 1000)} → ${s(baselineSeconds)} for ${o.keys}`);

      // 5. Several account-Regions together against the slowest one alone.
      const alone: number[] = [];
      for (const region of OTHER_REGIONS) {
        alone.push((await measure(serverUrl, "keywarden_bench_sync_r", aws, config, { kind: "full", trigger: "cli", regions: [region] }, true)).seconds);
        log(`${region} alone: ${s(alone.at(-1)!)}`);
      }
      const together = await measure(serverUrl, "keywarden_bench_sync_r", aws, config, { kind: "full", trigger: "cli", regions: OTHER_REGIONS }, true);
      const slowest = Math.max(...alone);
      log(`${OTHER_REGIONS.length} Regions together: ${s(together.seconds)} (slowest alone ${s(slowest)})`);
      aws.close();

      const ratios = {
        fullToFloor: first.seconds / floor.seconds,
        baselineToFull: baselineSeconds / first.seconds,
        incrementalToFull: incremental.seconds / first.seconds,
        togetherToSlowest: together.seconds / slowest,
      };
      const checks = [
        [`full sync ≤ 1.3× the quota floor: ${s(first.seconds)} / ${s(floor.seconds)} = ${ratios.fullToFloor.toFixed(2)}×`, ratios.fullToFloor <= 1.3],
        [`one-call-at-a-time baseline: ${s(baselineSeconds)} (measured on ${baseline.keys} keys), ${ratios.baselineToFull.toFixed(1)}× the sync`, true],
        [`incremental after ${changed} changes < 10% of full: ${s(incremental.seconds)} = ${(100 * ratios.incrementalToFull).toFixed(1)}%`, ratios.incrementalToFull < 0.1],
        [`${OTHER_REGIONS.length} account-Regions ≤ 1.2× the slowest alone: ${s(together.seconds)} / ${s(slowest)} = ${ratios.togetherToSlowest.toFixed(2)}×`, ratios.togetherToSlowest <= 1.2],
        [`peak RSS of the sync < 400 MB: ${mb(peakRss)} MB`, mb(peakRss) < 400],
      ] as const;
      return {
        name: "sync",
        passed: checks.every(([, ok]) => ok),
        summary: checks.map(([line, ok]) => `${ok ? "ok  " : "FAIL"} ${line}`),
        figures: {
          options: o,
          // Other work on the machine takes CPU from the sync and the sandbox alike.
          loadAverage: { before: loadBefore, after: loadavg() },
          full: { seconds: first.seconds, floorSeconds: floor.seconds, floorOperation: floor.operation, run: first.run },
          peakRssMB: mb(peakRss),
          incremental: { changed, seconds: incremental.seconds, run: incremental.run },
          baseline: { ...baseline, extrapolatedSeconds: baselineSeconds },
          regions: { aloneSeconds: Object.fromEntries(OTHER_REGIONS.map((r, i) => [r, alone[i]])), togetherSeconds: together.seconds, keysEach: o.regionKeys },
          ratios,
        },
      };
    } finally {
      await sandbox.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
