import "server-only";
import { getPrisma } from "@/lib/db/client";

/** name is the filter value; label and detail, when set, are what to show for it. */
export type Count = { name: string; label?: string; detail?: string; keys: number };

export type OverviewCounts = {
  total: number;
  byAccount: Count[];
  byRegion: Count[];
  byState: Count[];
  byManager: Count[];
  byRotation: Count[];
};

const ROTATION = { on: "Rotation on", off: "Rotation off", unsupported: "Not rotatable" } as const;

function tally(map: Map<string, number>, name: string, n: number) {
  map.set(name, (map.get(name) ?? 0) + n);
}

const sorted = (map: Map<string, number>, show?: (name: string) => Pick<Count, "label" | "detail">): Count[] =>
  [...map.entries()].map(([name, keys]) => ({ name, ...show?.(name), keys })).sort((a, b) => b.keys - a.keys || a.name.localeCompare(b.name));

/** Keys in the inventory by account, region, KeyState, KeyManager and rotation: one grouped scan. */
export async function getOverviewCounts(): Promise<OverviewCounts> {
  const db = getPrisma();
  const [groups, accounts] = await Promise.all([
    db.kmsKey.groupBy({ by: ["accountId", "region", "keyState", "keyManager", "rotationEnabled"], where: { deletedAt: null }, _count: { _all: true } }),
    db.awsAccount.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(accounts.map((a) => [a.id, a.name ?? undefined]));
  const [byAccount, byRegion, byState, byManager, byRotation] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  let total = 0;
  for (const g of groups) {
    const n = g._count._all;
    total += n;
    tally(byAccount, g.accountId, n);
    tally(byRegion, g.region, n);
    tally(byState, g.keyState, n);
    tally(byManager, g.keyManager, n);
    tally(byRotation, g.rotationEnabled === null ? "unsupported" : g.rotationEnabled ? "on" : "off", n);
  }
  return {
    total,
    byAccount: sorted(byAccount, (id) => (names.get(id) ? { label: names.get(id), detail: id } : {})),
    byRegion: sorted(byRegion),
    byState: sorted(byState),
    byManager: sorted(byManager),
    byRotation: sorted(byRotation, (r) => ({ label: ROTATION[r as keyof typeof ROTATION] })),
  };
}
