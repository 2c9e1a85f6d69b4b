import { CallStats, type AwsAccess, type AwsTarget } from "@/lib/aws";
import type { Config } from "@/lib/config";
import { createAuditAwsAccess } from "./audit-aws";
import type { AuditDb } from "../audit-db";
import { openPool } from "../store/sql-pool";
import { IngestError } from "./ingest-error";
import { liveRun } from "./ingest-run";
import { ingestTarget } from "../lookup/lookup-target";
import type { LookupTargetProgress, OnProgress } from "./progress";
import { RunTracker } from "./run-tracker";
import type { IngestCounts, IngestSummary, IngestTrigger } from "../types";

export type LookupOptions = {
  accounts?: string[];
  regions?: string[];
  onProgress?: OnProgress;
  trigger?: IngestTrigger;
  signal?: AbortSignal;
  /** How long the 90-day backfill may run in this call (default: until it is complete). */
  backfillBudgetMs?: number;
  /** AWS access to use (tests pass the sandbox's); one is made from `config` otherwise. */
  aws?: AwsAccess;
  /** Account-Regions read at once; each has its own 2-per-second quota. */
  concurrency?: number;
};

export class LookupBusyError extends Error {
  constructor(readonly runId: string, readonly since: Date) {
    super(`a LookupEvents ingestion is already running (run ${runId}, since ${since.toISOString()})`);
    this.name = "LookupBusyError";
  }
}

/**
 * CloudTrail LookupEvents for every configured account-Region (KMS events only): what is new since
 * each one's watermark, then its 90-day backfill, within LookupEvents' quota of 2 calls per second.
 */
export async function ingestLookupEvents(db: AuditDb, config: Config, options: LookupOptions = {}): Promise<IngestSummary> {
  const busy = await liveRun(db.prisma, "lookup");
  if (busy) throw new LookupBusyError(busy.id, busy.startedAt);
  const aws = options.aws ?? createAuditAwsAccess(config);
  const pool = openPool(db);
  const counts: IngestCounts = { ingested: 0, duplicates: 0, quarantined: 0, skipped: 0 };
  const stats = new CallStats();
  const targets: LookupTargetProgress[] = [];
  const tracker = await RunTracker.start(
    db.prisma,
    "lookup",
    options.trigger ?? "cli",
    () => ({ counts: { ...counts }, targets: targets.map((t) => ({ ...t })), lookupCalls: stats.counters("cloudtrail", "LookupEvents").requests }),
    options.onProgress,
  );
  try {
    const chosen = selectTargets(await aws.targets(), options);
    targets.push(...chosen.map((t) => ({ accountId: t.accountId, region: t.region, phase: "waiting" as const, events: 0, backfillPercent: null })));
    const backfillUntil = options.backfillBudgetMs === undefined ? undefined : Date.now() + options.backfillBudgetMs;
    const failures = await forEachLimited(chosen, options.concurrency ?? 16, (target, i) =>
      ingestTarget({
        prisma: db.prisma,
        pool,
        client: aws.cloudTrail(target, { stats, signal: options.signal }),
        target: { accountId: target.accountId, region: target.region },
        counts,
        progress: targets[i]!,
        signal: options.signal,
        backfillUntil,
        onChange: () => tracker.report(),
      }),
    );
    const failed = failures.length;
    const status = failed > 0 && failed === chosen.length ? "failed" : "succeeded";
    const stopped = options.signal?.aborted ? "; stopped early, the next run resumes" : "";
    const message = (failed > 0 ? `${failed} of ${chosen.length} account-Regions failed; first: ${failures[0]}` : `${chosen.length} account-Regions`) + stopped;
    const summary = await tracker.finish(status, message);
    if (status === "failed") throw new IngestError(message, summary);
    return summary;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new IngestError(message, await tracker.finish("failed", message), error);
  } finally {
    await pool.end();
    if (!options.aws) aws.close();
  }
}

function selectTargets(all: AwsTarget[], o: Pick<LookupOptions, "accounts" | "regions">): AwsTarget[] {
  return all.filter((t) => (!o.accounts?.length || o.accounts.includes(t.accountId)) && (!o.regions?.length || o.regions.includes(t.region)));
}

/** Runs `work` over the items, `limit` at a time; returns the failures' messages (the rest still run). */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i).catch((error: unknown) => {
        failures.push(error instanceof Error ? error.message : String(error));
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return failures;
}
