import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { UnknownCoverage } from "./usage-types";

/** Active account-Regions where usage is unknown: never to be shown as zero use. */
export async function getUnknownCoverage(): Promise<UnknownCoverage[]> {
  const db = getPrisma();
  const rows = await db.accountRegion.findMany({
    where: { status: "active", trailCoverage: { not: "covered" } },
    select: { accountId: true, region: true, trailCoverage: true, trailCheckedAt: true },
    orderBy: [{ accountId: "asc" }, { region: "asc" }],
  });
  return rows.map((r) => ({ accountId: r.accountId, region: r.region, coverage: r.trailCoverage === "excluded" ? "excluded" : "unknown", checkedAt: r.trailCheckedAt?.toISOString() ?? null }));
}
