import "server-only";
import { getPrisma } from "@/lib/db/client";
import { listIngestRuns, type IngestRunView } from "../audit-status/audit-status";

export type ExplorerStatus = { hasEvents: boolean; lastRun: IngestRunView | null };

/** Whether any event has been ingested, and the latest ingestion run, for the explorer's empty state. */
export async function getExplorerStatus(): Promise<ExplorerStatus> {
  const db = getPrisma();
  const [any, [lastRun]] = await Promise.all([db.auditEvent.findFirst({ select: { eventId: true } }), listIngestRuns(1)]);
  return { hasEvents: any !== null, lastRun: lastRun ?? null };
}
