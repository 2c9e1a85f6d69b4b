// Runs one trail-file ingestion in its own process, for a test that kills it half-way and for the
// benchmark, which reads the JSON line it prints (summary, peak RSS, CPU time):
// tsx lib/audit/testing/ingest-child.ts <database url> <dir> [events per batch]
import { createPrisma } from "@/lib/db/client";
import { DEFAULT_LIMITS } from "../store/pipeline-limits";
import { ingestTrailFiles } from "../ingest/ingest-trail-files";

async function main() {
  const [url, dir, perBatch] = process.argv.slice(2) as [string, string, string | undefined];
  const prisma = createPrisma(url, { max: 1 });
  const limits = perBatch ? { ...DEFAULT_LIMITS, maxEvents: Number(perBatch) } : DEFAULT_LIMITS;
  const cpu = process.cpuUsage();
  const summary = await ingestTrailFiles({ prisma, url }, { dir }, { limits });
  const used = process.cpuUsage(cpu);
  await prisma.$disconnect();
  console.log(JSON.stringify({ summary, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), cpuMs: Math.round((used.user + used.system) / 1000) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
