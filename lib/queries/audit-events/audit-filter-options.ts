import "server-only";
import { getPrisma } from "@/lib/db/client";
import { distinctValues } from "./distinct-values";

export type AuditFilterOptions = {
  accounts: { id: string; name: string | null }[];
  regions: string[];
  eventNames: string[];
  /** Calling services (invokedBy) among the newest events: no index lists them all. */
  services: string[];
};

const RECENT_EVENTS = 5_000;

/** What the filter bar offers, from small tables and indexes, never a scan of the events. */
export async function getAuditFilterOptions(): Promise<AuditFilterOptions> {
  const db = getPrisma();
  const [accounts, regions, eventNames, services] = await Promise.all([
    db.awsAccount.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.accountRegion.findMany({ select: { region: true }, distinct: ["region"], orderBy: { region: "asc" } }),
    distinctValues(db, "eventName", 500),
    db.$queryRaw<{ v: string }[]>`
      SELECT DISTINCT "invokedBy" AS v FROM (SELECT "invokedBy" FROM "AuditEvent" ORDER BY "eventTime" DESC LIMIT ${RECENT_EVENTS}) r
      WHERE "invokedBy" IS NOT NULL ORDER BY 1`,
  ]);
  return { accounts, regions: regions.map((r) => r.region), eventNames, services: services.map((s) => s.v) };
}
