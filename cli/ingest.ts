// `npm run ingest -- --from-dir <dir> | --s3 | --lookup [--accounts …] [--regions …]`: ingests CloudTrail
// KMS events and ends with one line: ingested N, duplicates D, quarantined Q, skipped S.
// Works alone and while npm start is running.
import "./allow-server-only";
import { ConfigError, getConfig } from "@/lib/config";
import { openDatabase } from "@/lib/db/open-database";
import {
  formatIngestSummary,
  ingestLookupEvents,
  ingestTrailFiles,
  IngestError,
  refreshTrailCoverage,
  type AuditDb,
  type IngestSummary,
  type OnProgress,
} from "@/lib/audit";
import { INGEST_USAGE, parseIngestArgs, type IngestArgs } from "@/cli/ingest-args";
import { progressLine } from "@/cli/progress-line";

function statusLine(): { onProgress: OnProgress; clear(): void } {
  if (!process.stderr.isTTY) return { onProgress: () => undefined, clear: () => undefined };
  return {
    onProgress: (p) => process.stderr.write(`\r\x1b[2K${progressLine(p).slice(0, (process.stderr.columns || 120) - 1)}`),
    clear: () => process.stderr.write("\r\x1b[2K"),
  };
}

async function run(db: AuditDb, args: IngestArgs, onProgress: OnProgress): Promise<IngestSummary> {
  const config = getConfig();
  if (args.mode === "dir") return ingestTrailFiles(db, { dir: args.dir }, { onProgress });
  if (args.mode === "s3") {
    const bucket = config.audit.trailBucket;
    if (!bucket) throw new ConfigError("KEYWARDEN_TRAIL_BUCKET", "is required for --s3");
    return ingestTrailFiles(db, { s3: { bucket, prefix: config.audit.trailPrefix } }, { onProgress, config });
  }
  const scope = { accounts: args.accounts, regions: args.regions };
  for (const r of await refreshTrailCoverage(db, config, scope)) {
    if (r.coverage !== "covered") console.error(`${r.accountId}/${r.region}: trail coverage ${r.coverage}, KMS usage unknown (${r.reason})`);
  }
  return ingestLookupEvents(db, config, { ...scope, onProgress });
}

async function main() {
  const args = parseIngestArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`ingest: ${args.message}. ${INGEST_USAGE}`);
    process.exit(2);
  }
  const db = await openDatabase({ log: (line) => console.error(line) });
  const status = statusLine();
  let code = 0;
  try {
    const summary = await run(db, args.data, status.onProgress);
    status.clear();
    console.log(formatIngestSummary(summary));
  } catch (error) {
    status.clear();
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest failed: ${error.message}`);
    console.log(formatIngestSummary(error.summary));
    code = 1;
  } finally {
    await db.close();
  }
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(`ingest failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
