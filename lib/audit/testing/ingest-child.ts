// Runs one trail-file ingestion in its own process, so that a test can kill it half-way:
// tsx lib/audit/testing/ingest-child.ts <database url> <dir> <events per batch>
import { createPrisma } from "@/lib/db/client";
import { ingestTrailFiles } from "../ingest-trail-files";

async function main() {
  const [url, dir, perBatch] = process.argv.slice(2) as [string, string, string];
  const prisma = createPrisma(url, { max: 1 });
  await ingestTrailFiles({ prisma, url }, { dir }, { limits: { maxEvents: Number(perBatch), maxBytes: 1 << 30, inFlight: 2 } });
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
