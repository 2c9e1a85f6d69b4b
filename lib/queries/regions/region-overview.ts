import "server-only";
import { getPrisma } from "@/lib/db/client";

export type RegionSummary = { region: string; total: number; byState: Record<string, number>; byManager: Record<string, number> };
export type MultiRegionLink = { primaryRegion: string; replicaRegion: string; keys: number };
export type RegionOverview = { regions: RegionSummary[]; links: MultiRegionLink[] };

/**
 * Keys per region by KeyState and KeyManager, and how many multi-Region replicas each primary region
 * has in each other region. A region listed completely with no keys shows 0; one never listed is left out.
 */
export async function getRegionOverview(): Promise<RegionOverview> {
  const db = getPrisma();
  const [groups, replicas, listed] = await Promise.all([
    db.kmsKey.groupBy({ by: ["region", "keyState", "keyManager"], where: { deletedAt: null }, _count: { _all: true } }),
    db.kmsKey.groupBy({ by: ["primaryRegion", "region"], where: { deletedAt: null, multiRegionKeyType: "REPLICA" }, _count: { _all: true } }),
    db.accountRegion.findMany({ where: { lastCompleteListingAt: { not: null } }, select: { region: true }, distinct: ["region"] }),
  ]);
  const regions = new Map<string, RegionSummary>();
  const summary = (region: string) => {
    let s = regions.get(region);
    if (!s) regions.set(region, (s = { region, total: 0, byState: {}, byManager: {} }));
    return s;
  };
  for (const { region } of listed) summary(region);
  for (const g of groups) {
    const s = summary(g.region);
    const n = g._count._all;
    s.total += n;
    s.byState[g.keyState] = (s.byState[g.keyState] ?? 0) + n;
    s.byManager[g.keyManager] = (s.byManager[g.keyManager] ?? 0) + n;
  }
  const links = replicas
    .filter((r) => r.primaryRegion)
    .map((r) => ({ primaryRegion: r.primaryRegion!, replicaRegion: r.region, keys: r._count._all }))
    .sort((a, b) => b.keys - a.keys || a.primaryRegion.localeCompare(b.primaryRegion) || a.replicaRegion.localeCompare(b.replicaRegion));
  return { regions: [...regions.values()].sort((a, b) => b.total - a.total || a.region.localeCompare(b.region)), links };
}
