import "server-only";
import { getPrisma } from "@/lib/db/client";

/** Whether any usage has been ingested at all: no rollups means "not collected", not "never used". */
export async function hasUsage(): Promise<boolean> {
  const row = await getPrisma().usageRollup.findFirst({ select: { hour: true } });
  return row !== null;
}
