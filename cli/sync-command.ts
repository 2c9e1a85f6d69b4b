import { setTimeout as delay } from "node:timers/promises";
import { COMMERCIAL_REGIONS } from "@/lib/aws";
import { ConfigError, getConfig, type Config } from "@/lib/config";
import type { PrismaClient } from "@/lib/db/client";
import { lockPathOf } from "@/lib/db/embedded/open-embedded";
import { ownedHere } from "@/lib/db/embedded/owned-here";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database";
import { CliArgsError, parseSyncArgs, SYNC_USAGE, type SyncCliArgs } from "./sync-args";
import { requestSync } from "@/lib/sync/run/request-sync";
import { progressLine, summaryLines, type RunView } from "./sync-report";
import { runQueuedHere } from "@/lib/sync/run/run-sync";
import { createSyncRuntime } from "@/lib/sync/run/sync-runtime";

export type CliIo = { stdout: { write(s: string): unknown; isTTY?: boolean }; stderr: { write(s: string): unknown } };

// A worker of another process (npm start) may take a run it sees queued; give it this long first.
const OTHER_WORKER_MS = 2500;

const readRun = (db: PrismaClient, id: string): Promise<RunView> =>
  db.syncRun.findUniqueOrThrow({ where: { id }, include: { targets: { select: { status: true } } } });

function checkRegions(args: SyncCliArgs, config: Config): void {
  const configured: readonly string[] = config.aws.regions.length > 0 ? config.aws.regions : COMMERCIAL_REGIONS;
  const bad = args.regions?.find((r) => !configured.includes(r));
  if (bad) throw new CliArgsError(`--regions: ${bad} is not among the Regions to sync (KEYWARDEN_REGIONS)`);
}

/** Runs here unless another process serves the embedded database: then its worker must (only it runs syncs there). */
function mayExecuteHere(db: OpenDatabase, config: Config): boolean {
  return !db.embedded || ownedHere(lockPathOf(config.dataDir)) !== undefined;
}

/** `npm run sync`: queue a sync, run it (or watch another process's worker run it), show progress, sum up. */
export async function syncCli(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  let args: SyncCliArgs;
  let config: Config;
  try {
    args = parseSyncArgs(argv);
    if (args.help) {
      io.stdout.write(`${SYNC_USAGE}\n`);
      return 0;
    }
    config = getConfig();
    checkRegions(args, config);
  } catch (e) {
    if (e instanceof CliArgsError) say(`sync: ${e.message}`);
    else if (e instanceof ConfigError) say(e.message);
    else throw e;
    return 2;
  }
  const db = await openDatabase({ handleSignals: false });
  const stop = new AbortController();
  let interrupts = 0;
  const onSignal = () => {
    if (++interrupts > 1) process.exit(130);
    say("\nstopping… (Ctrl-C again to quit at once)");
    stop.abort(new Error("interrupted"));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await run(db, config, args, io, stop.signal);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await db.close();
  }
}

async function run(db: OpenDatabase, config: Config, args: SyncCliArgs, io: CliIo, signal: AbortSignal): Promise<number> {
  const { runId } = await requestSync({ kind: args.full ? "full" : "incremental", trigger: "cli", accounts: args.accounts, regions: args.regions }, db.prisma);
  let runtime: Awaited<ReturnType<typeof createSyncRuntime>> | undefined;
  let execution: Promise<unknown> = Promise.resolve();
  if (mayExecuteHere(db, config)) {
    const deadline = Date.now() + (db.embedded ? 0 : OTHER_WORKER_MS);
    while (Date.now() < deadline && (await readRun(db.prisma, runId)).status === "queued") await delay(250);
    if ((await readRun(db.prisma, runId)).status === "queued") {
      runtime = await createSyncRuntime(db.prisma, config);
      execution = runQueuedHere(runtime, runId, signal);
    }
  } else {
    io.stderr.write("The embedded database is served by another process (npm start): its sync worker runs this sync.\n");
  }
  try {
    const final = await watch(runtime?.db ?? db.prisma, runId, io, signal, runtime !== undefined);
    await execution;
    const run = final ?? (await readRun(runtime?.db ?? db.prisma, runId));
    for (const line of summaryLines(run)) io.stdout.write(`${line}\n`);
    return run.status === "succeeded" ? 0 : 1;
  } finally {
    await runtime?.close();
  }
}

/** Progress until the run ends: one updating line on a terminal, a line every 10 s otherwise. */
async function watch(db: PrismaClient, runId: string, io: CliIo, signal: AbortSignal, executing: boolean): Promise<RunView | undefined> {
  const tty = io.stdout.isTTY === true;
  let lastPrinted = 0;
  let hinted = false;
  for (;;) {
    const run = await readRun(db, runId);
    const line = progressLine(run, new Date());
    if (tty) io.stdout.write(`\r\x1b[2K${line}`);
    else if (run.finishedAt || Date.now() - lastPrinted >= 10_000) {
      io.stdout.write(`${line}\n`);
      lastPrinted = Date.now();
    }
    if (run.finishedAt) {
      if (tty) io.stdout.write("\n");
      return run;
    }
    if (signal.aborted && !executing) {
      // Not ours to stop: take it back if no worker started it yet.
      const cancelled = await db.syncRun.updateMany({ where: { id: runId, status: "queued" }, data: { status: "failed", message: "cancelled before it started", finishedAt: new Date() } });
      if (tty) io.stdout.write("\n");
      io.stderr.write(cancelled.count ? "Cancelled.\n" : "Stopped watching; the worker goes on with the sync.\n");
      return cancelled.count ? readRun(db, runId) : { ...run, status: "running (detached)" };
    }
    if (!executing && !hinted && run.status === "queued" && Date.now() - run.startedAt.getTime() > 15_000) {
      hinted = true;
      io.stderr.write(`${tty ? "\n" : ""}Still queued: is the sync worker running (npm start)?\n`);
    }
    await delay(tty ? 300 : 1000);
  }
}
