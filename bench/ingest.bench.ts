// `npm run bench -- ingest [--quick] [--database <postgres url>]`: trail log files into a Postgres
// server (KMS events stored per second from the first record read to the last commit, with the
// process's start apart; peak memory at two volumes) and LookupEvents against the sandbox with
// AWS's quota on (share of the 2 calls per second used while behind).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createAwsAccess } from "@/lib/aws";
import { ingestLookupEvents, type IngestSummary } from "@/lib/audit";
import { writeSyntheticTrail, type SyntheticTrail } from "@/lib/audit/testing/synthetic-trail";
import { getConfig } from "@/lib/config";
import { createPrisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createServerDatabase, type ServerDatabase } from "@/lib/db/testing/server-database";
import { ORG_ACCOUNTS, startSandbox } from "@/sandbox";
import type { IngestChildMoments } from "@/lib/audit/testing/ingest-child";
import type { BenchResult } from "./cli";

/** KMS events stored per second (other services' records are read and skipped, not counted). */
const TARGET_RATE = 20_000;
const TARGET_QUOTA_USE = 0.9;
// Peak RSS may grow this much from the smaller volume to the five times larger one and still be flat.
const FLAT_TOLERANCE = 1.15;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

type Volume = { files: number; recordsPerFile: number };
type FileRun = {
  volume: Volume;
  trail: SyntheticTrail;
  summary: IngestSummary;
  /** From the first record read to the last commit. */
  seconds: number;
  /** From the process start until it called the ingestion (Node, tsx, imports); then the run's start (its IngestRun row) and the file listing. */
  startSeconds: number;
  listingSeconds: number;
  kmsEventsPerSecond: number;
  /** Every trail record read (KMS or not) per second, for comparison. */
  recordsPerSecond: number;
  peakRssMiB: number;
  nodeCpuUsPerEvent: number;
  postgresCpuUsPerEvent: number | null;
};

export default async function ingestBench(args: string[]): Promise<BenchResult> {
  const quick = args.includes("--quick");
  const dbIndex = args.indexOf("--database");
  const serverUrl = dbIndex >= 0 ? args[dbIndex + 1]! : "postgresql://postgres@127.0.0.1:5432/postgres";
  // Same number of files, five times the records in each: total volume and file size both grow 5×.
  const volumes: Volume[] = quick ? [{ files: 24, recordsPerFile: 1000 }, { files: 24, recordsPerFile: 5000 }] : [{ files: 200, recordsPerFile: 1000 }, { files: 200, recordsPerFile: 5000 }];
  const load = os.loadavg()[0]!;
  const runs: FileRun[] = [];
  for (const volume of volumes) runs.push(await fileRun(serverUrl, volume));
  const loadAfterFiles = os.loadavg()[0]!;
  const lookup = await lookupRun(serverUrl, quick ? 8_000 : 20_000);

  const large = runs.at(-1)!;
  const flat = large.peakRssMiB <= runs[0]!.peakRssMiB * FLAT_TOLERANCE;
  const idleEstimate = large.postgresCpuUsPerEvent === null ? null : Math.round(1e6 / Math.max((large.nodeCpuUsPerEvent + large.postgresCpuUsPerEvent) / 2, large.nodeCpuUsPerEvent));
  const summary = [
    ...runs.map(
      (r) =>
        `${r.trail.records.toLocaleString("en")} records in ${r.trail.files} files (${(r.trail.bytes / 2 ** 20).toFixed(0)} MiB gz), ${r.summary.ingested.toLocaleString("en")} KMS events stored in ${r.seconds.toFixed(1)} s from the first record read to the last commit: ` +
        `${r.kmsEventsPerSecond.toLocaleString("en")} KMS events/s (${r.recordsPerSecond.toLocaleString("en")} trail records/s, ${r.summary.skipped.toLocaleString("en")} of other services skipped); ` +
        `process start ${r.startSeconds.toFixed(1)} s and the run's start with its file listing ${r.listingSeconds.toFixed(2)} s not counted; peak RSS ${r.peakRssMiB} MiB, CPU per KMS event: Node ${r.nodeCpuUsPerEvent} µs, Postgres ${r.postgresCpuUsPerEvent ?? "?"} µs`,
    ),
    `memory ${flat ? "flat" : "NOT flat"}: peak RSS ${runs.map((r) => `${r.peakRssMiB} MiB`).join(" → ")} for ${runs.map((r) => r.trail.records.toLocaleString("en")).join(" → ")} records`,
    `throughput ${large.kmsEventsPerSecond >= TARGET_RATE ? "meets" : "misses"} ${TARGET_RATE.toLocaleString("en")} KMS events stored/s (load average ${load.toFixed(1)} at start, ${loadAfterFiles.toFixed(1)} after the file runs, on ${os.cpus().length} cores; CPU time says ${idleEstimate?.toLocaleString("en") ?? "?"} KMS events/s on 2 idle cores)`,
    `LookupEvents: ${lookup.calls} calls, ${(100 * lookup.steady).toFixed(1)}% of the 2/s quota between first and last call, ${(100 * lookup.overall).toFixed(1)}% over the whole run, ${lookup.throttles} throttles`,
  ];
  return {
    name: "ingest",
    passed: large.kmsEventsPerSecond >= TARGET_RATE && flat && lookup.steady >= TARGET_QUOTA_USE,
    summary,
    figures: { quick, loadAverageAtStart: load, loadAverageAfterFileRuns: loadAfterFiles, runs, memoryFlat: flat, idleTwoCoreEstimate: idleEstimate, lookup },
  };
}

async function fileRun(serverUrl: string, volume: Volume): Promise<FileRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-bench-trail-"));
  let db: ServerDatabase | undefined;
  try {
    const trail = writeSyntheticTrail({ dir, ...volume, seed: 11 });
    db = await createServerDatabase(serverUrl);
    await migrate(db.url);
    const sampler = await postgresCpuSampler(db.url);
    const child = await runChild(db.url, dir);
    const postgresMs = await sampler.stop();
    // The child's clock starts with its process.
    const { calledMs, readingMs, committedMs } = child.moments;
    const seconds = (committedMs - readingMs) / 1000;
    const stored = child.summary.ingested;
    return {
      volume,
      trail,
      summary: child.summary,
      seconds,
      startSeconds: calledMs / 1000,
      listingSeconds: (readingMs - calledMs) / 1000,
      kmsEventsPerSecond: Math.round(stored / seconds),
      recordsPerSecond: Math.round(trail.records / seconds),
      peakRssMiB: child.peakRssMiB,
      nodeCpuUsPerEvent: Math.round((child.cpuMs * 1000) / stored),
      postgresCpuUsPerEvent: postgresMs === null ? null : Math.round((postgresMs * 1000) / stored),
    };
  } finally {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ingestion in a process of its own, so its peak RSS is the ingestion's alone. */
type ChildResult = { summary: IngestSummary; moments: IngestChildMoments; peakRssMiB: number; cpuMs: number };

function runChild(url: string, dir: string): Promise<ChildResult> {
  const script = path.join(root, "lib", "audit", "testing", "ingest-child.ts");
  // the young generation `npm run ingest` and `npm start` give ingestion (package.json): fewer, cheaper scavenges
  const child = spawn(process.execPath, ["--max-semi-space-size=32", "--import", "tsx", script, url, dir], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult) : reject(new Error(`ingestion exited with ${code}`))));
  });
}

/** CPU time of the ingestion's Postgres backends, read from /proc while they live (a local server only). */
async function postgresCpuSampler(url: string): Promise<{ stop(): Promise<number | null> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const last = new Map<number, number>();
  let readable = true;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'keywarden-audit'`);
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        last.set(pid, (Number(fields[11]) + Number(fields[12])) * (1000 / 100));
      } catch {
        readable = false;
      }
    }
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 100);
  return {
    stop: async () => {
      clearInterval(timer);
      await client.end();
      return readable && last.size > 0 ? [...last.values()].reduce((a, b) => a + b, 0) : null;
    },
  };
}

async function lookupRun(serverUrl: string, budgetMs: number) {
  const target = { accountId: "444455556666", region: "us-east-1" };
  const sandbox = await startSandbox({ fleet: "demo", quotaScale: 1, clock: "2026-06-01T00:00:00Z" });
  const roles = ORG_ACCOUNTS.flatMap((a) => (a.readerRoleArn ? [a.readerRoleArn] : []));
  const aws = createAwsAccess({
    config: { endpointUrl: sandbox.url, homeRegion: "us-east-1", regions: [target.region], accountRoles: roles, roleExternalId: undefined, quotaFraction: getConfig().audit.quotaFraction },
    credentials: async () => ({ accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: sandbox.credentials.secretAccessKey }),
  });
  const db = await createServerDatabase(serverUrl);
  const prisma = createPrisma(db.url, { max: 2 });
  try {
    await migrate(db.url);
    const since = sandbox.world.clock.now();
    const started = performance.now();
    const summary = await ingestLookupEvents({ prisma, url: db.url }, getConfig(), { aws, accounts: [target.accountId], regions: [target.region], backfillBudgetMs: budgetMs });
    const seconds = (performance.now() - started) / 1000;
    const times = [...sandbox.world.events.stream(target.accountId, target.region).newestFirst(Number.MAX_SAFE_INTEGER, since)]
      .filter((e) => e.record.eventName === "LookupEvents" && !e.record.errorCode)
      .map((e) => e.time)
      .sort((a, b) => a - b);
    return {
      calls: times.length,
      seconds,
      ingested: summary.ingested,
      steady: (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000) / 2,
      overall: times.length / seconds / 2,
      throttles: aws.stats.snapshot()["cloudtrail:LookupEvents"]?.throttles ?? 0,
    };
  } finally {
    await prisma.$disconnect();
    await db.drop();
    aws.close();
    await sandbox.stop();
  }
}
