import "server-only";
import { getPrisma } from "@/lib/db/client";

/**
 * Changes whenever ingestion may have added usage: the latest ingest runs with their counts (a
 * running one's count grows with each heartbeat), and the UTC day (the charts' range moves with it).
 */
export async function getUsageVersion(now = new Date()): Promise<string> {
  const db = getPrisma();
  const runs = await db.ingestRun.findMany({ orderBy: { startedAt: "desc" }, take: 5, select: { id: true, status: true, ingested: true } });
  return `${now.toISOString().slice(0, 10)}|${runs.map((r) => `${r.id}:${r.status}:${r.ingested}`).join(",")}`;
}
