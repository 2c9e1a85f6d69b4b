import { setMaxListeners } from "node:events";
import type { AwsAccess } from "@/lib/aws";
import type { Config } from "@/lib/config";
import type { AuditDb } from "../audit-db";
import { formatIngestSummary } from "./format-summary";
import { IngestError } from "./ingest-error";
import { ingestLookupEvents, LookupBusyError } from "./ingest-lookup-events";
import { ingestTrailFiles } from "./ingest-trail-files";
import { pruneCryptoEvents } from "../coverage/prune-crypto-events";
import { refreshTrailCoverage } from "../coverage/refresh-trail-coverage";

export type AuditScheduleOptions = {
  log?: (line: string) => void;
  /** AWS access for every step (tests pass the sandbox's); each step makes its own from `config` otherwise. */
  aws?: AwsAccess;
};

// Trails change rarely and pruning finds work once a day at most: both run hourly, not every cycle.
const HOURLY_MS = 60 * 60_000;

/**
 * For `npm start`: every KEYWARDEN_AUDIT_INTERVAL_MINUTES, LookupEvents since the watermarks, the
 * 90-day backfill for the rest of the interval, the trail's log files in a local directory and in S3
 * (when configured); hourly, trail
 * coverage and the retention of raw crypto events. Runs with nobody signed in.
 */
export async function startAuditSchedule(db: AuditDb, config: Config, options: AuditScheduleOptions = {}): Promise<{ stop(): Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const aws = options.aws;
  const intervalMs = config.audit.intervalMinutes * 60_000;
  if (intervalMs === 0) {
    log("audit: schedule off (KEYWARDEN_AUDIT_INTERVAL_MINUTES=0)");
    return { stop: async () => {} };
  }
  const abort = new AbortController();
  // every queued AWS call waits on this one signal and removes its listener when done: many at once is expected
  setMaxListeners(0, abort.signal);
  let lastHourly = 0;
  let wake: (() => void) | undefined;
  const cycle = async () => {
    const started = Date.now();
    if (started - lastHourly >= HOURLY_MS) {
      lastHourly = started;
      await step(log, "trail coverage", async () => {
        const excluded = (await refreshTrailCoverage(db, config, { aws })).filter((r) => r.coverage !== "covered");
        return excluded.length ? excluded.map((r) => `${r.accountId}/${r.region} ${r.coverage}`).join(", ") : "every account-Region covered";
      });
      await step(log, "retention", async () => {
        const pruned = await pruneCryptoEvents(db, config.audit.cryptoEventRetentionDays);
        return `${pruned.deleted} raw crypto events older than ${pruned.cutoff.toISOString()} deleted`;
      });
    }
    // Before LookupEvents, whose backfill may take most of the interval: files carry history fast.
    const dir = config.audit.trailDir;
    if (dir && !abort.signal.aborted) {
      await step(log, "trail files", async () => formatIngestSummary(await ingestTrailFiles(db, { dir }, { trigger: "schedule", signal: abort.signal, config })));
    }
    await step(log, "lookup", async () =>
      formatIngestSummary(await ingestLookupEvents(db, config, { aws, trigger: "schedule", signal: abort.signal, backfillBudgetMs: intervalMs * 0.8 })),
    );
    const bucket = config.audit.trailBucket;
    if (bucket && !abort.signal.aborted) {
      await step(log, "s3", async () =>
        formatIngestSummary(await ingestTrailFiles(db, { s3: { bucket, prefix: config.audit.trailPrefix } }, { aws, trigger: "schedule", signal: abort.signal, config })),
      );
    }
  };
  const loop = (async () => {
    while (!abort.signal.aborted) {
      const started = Date.now();
      await cycle();
      const wait = Math.max(0, intervalMs - (Date.now() - started));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    stop: async () => {
      abort.abort();
      wake?.();
      await loop;
    },
  };
}

async function step(log: (line: string) => void, name: string, run: () => Promise<string>): Promise<void> {
  try {
    log(`audit ${name}: ${await run()}`);
  } catch (error) {
    if (error instanceof LookupBusyError) return log(`audit ${name}: skipped, ${error.message}`);
    const summary = error instanceof IngestError ? ` (${formatIngestSummary(error.summary)})` : "";
    log(`audit ${name} failed: ${error instanceof Error ? error.message : String(error)}${summary}`);
  }
}
