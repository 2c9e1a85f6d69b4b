// Runs one trail-file ingestion in its own process, for a test that kills it half-way and for the
// benchmark, which reads the JSON line it prints (summary, peak RSS, CPU time, and the moments below):
// tsx lib/audit/testing/ingest-child.ts <database url> <dir> [events per batch]
import { createPrisma } from "@/lib/db/client";
import { DEFAULT_LIMITS } from "../store/pipeline-limits";
import { ingestTrailFiles } from "../ingest/ingest-trail-files";

/**
 * Milliseconds since the process started: when the ingestion was called (module loading and
 * compilation before it), when the files were listed and reading began (the run reports its
 * progress then, before opening the first file), and when the last write committed (the run's own
 * record, after the last batch).
 */
export type IngestChildMoments = { calledMs: number; readingMs: number; committedMs: number };

async function main() {
  const [url, dir, perBatch] = process.argv.slice(2) as [string, string, string | undefined];
  const calledMs = performance.now();
  const prisma = createPrisma(url, { max: 1 });
  const limits = perBatch ? { ...DEFAULT_LIMITS, maxEvents: Number(perBatch) } : DEFAULT_LIMITS;
  const cpu = process.cpuUsage();
  let readingMs: number | undefined;
  const onProgress = ({ files }: { files?: { total: number } }) => {
    if (readingMs === undefined && files && files.total > 0) readingMs = performance.now();
  };
  const summary = await ingestTrailFiles({ prisma, url }, { dir }, { limits, onProgress });
  const committedMs = performance.now();
  const used = process.cpuUsage(cpu);
  await prisma.$disconnect();
  const moments: IngestChildMoments = { calledMs, readingMs: readingMs ?? calledMs, committedMs };
  console.log(JSON.stringify({ summary, moments, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), cpuMs: Math.round((used.user + used.system) / 1000) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
