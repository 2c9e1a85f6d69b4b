import type { Metadata } from "next";
import { after } from "next/server";
import { guardPage } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/permissions";
import { countKeys } from "@/lib/queries/keys/count-keys";
import { getKeyFilterOptions } from "@/lib/queries/keys/filter-options";
import { isFiltered, parseKeyFilter } from "@/lib/filters/key-filter";
import { listKeys } from "@/lib/queries/keys/list-keys";
import { getRegionOverview } from "@/lib/queries/regions/region-overview";
import { getInventoryStatus } from "@/lib/queries/inventory-status";
import { refreshInventoryStatistics } from "@/lib/db/maintenance/inventory-statistics";
import { memoByVersion } from "@/lib/queries/memo-by-version";
import { EmptyInventory } from "@/components/keys/empty-inventory";
import { InvalidKeyFilter } from "@/components/keys/invalid-key-filter";
import { KeysExplorer } from "@/components/keys/keys-explorer";
import { RegionOverview } from "@/components/keys/region-overview";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Keys" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function KeysPage({ searchParams }: Props) {
  const user = await guardPage("inventory:read", "/keys");
  const header = <PageHeader title="Keys" description="Every KMS key across your accounts and regions, as of the last sync." />;
  const status = await getInventoryStatus();
  // after the response: the embedded database has no autovacuum to keep planner statistics fresh
  after(() => refreshInventoryStatistics(status.keys));
  if (status.keys === 0) {
    return (
      <>
        {header}
        <EmptyInventory canSync={can(user.role, "sync:run")} lastSync={status.lastSync} />
      </>
    );
  }
  const parsed = parseKeyFilter(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        {header}
        <InvalidKeyFilter message={parsed.message} />
      </>
    );
  }
  const filter = parsed.data;
  const [overview, options, firstPage, total] = await Promise.all([
    memoByVersion("region-overview", status.version, () => getRegionOverview()),
    getKeyFilterOptions(),
    listKeys(filter),
    countKeys(filter),
  ]);
  return (
    <>
      {header}
      <div className="space-y-6">
        <RegionOverview overview={overview} selected={filter.region} collapsed={isFiltered(filter)} />
        <KeysExplorer
          filter={filter}
          options={options}
          initialPage={firstPage}
          total={total}
          version={status.version}
          canExport={can(user.role, "inventory:export")}
        />
      </div>
    </>
  );
}
