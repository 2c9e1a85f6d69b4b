import type { Metadata } from "next";
import { after } from "next/server";
import { getConfig } from "@/lib/config";
import { can } from "@/lib/auth/permissions";
import { guardPage } from "@/lib/auth/require-permission";
import { getInventoryStatus } from "@/lib/queries/inventory-status";
import { refreshInventoryStatistics } from "@/lib/db/maintenance/inventory-statistics";
import { memoByVersion } from "@/lib/queries/memo-by-version";
import { getOverviewCounts } from "@/lib/queries/overview/overview-counts";
import { getStillCalledKeys } from "@/lib/queries/usage/get-still-called-keys";
import { parseUsageDays } from "@/lib/queries/usage/usage-range";
import { StillCalledKeysCard } from "@/components/usage/still-called-keys-card";
import { UsageOverviewLoader } from "@/components/usage/usage-overview-loader";
import { CountList } from "@/components/keys/count-list";
import { EmptyInventory } from "@/components/keys/empty-inventory";
import { keyStateStyle } from "@/components/keys/key-state-style";
import { OverviewTotals } from "@/components/keys/overview-totals";
import { keysListHref } from "@/components/keys/key-links";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/ui/format";
import { EnvironmentFacts } from "@/components/shell/environment-facts";

export const metadata: Metadata = { title: "Overview" };

const ROTATION_BAR: Record<string, string> = { on: "bg-ok", off: "bg-warn", unsupported: "bg-muted" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  const user = await guardPage("inventory:read", "/");
  const status = await getInventoryStatus();
  // usage names callers: it is audit data (audit:read), shown beside the inventory
  const audit = can(user.role, "audit:read");
  const days = parseUsageDays((await searchParams).days);
  const [counts, stillCalled] = await Promise.all([
    memoByVersion("overview-counts", status.version, () => getOverviewCounts()),
    audit ? getStillCalledKeys() : [],
  ]);
  after(() => refreshInventoryStatistics(status.keys));
  const config = getConfig();
  const synced = status.lastSync ? `Last sync: ${status.lastSync.status}${status.lastSync.finishedAt ? `, ${formatDateTime(status.lastSync.finishedAt.toISOString())}` : ""}.` : "No sync has run yet.";
  return (
    <>
      <PageHeader title="Overview" description={`Signed in as ${user.name}. Counts come from the inventory as of the last sync; nothing here is estimated. ${synced}`} />
      {stillCalled.length ? (
        <div className="mb-6">
          <StillCalledKeysCard keys={stillCalled} />
        </div>
      ) : null}
      {counts.total === 0 ? (
        <EmptyInventory canSync={can(user.role, "sync:run")} lastSync={status.lastSync} />
      ) : (
        <div className="space-y-6">
          <OverviewTotals counts={counts} />
          <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
            <CountList title="Keys by account" counts={counts.byAccount} total={counts.total} href={(account) => keysListHref({ account })} mono />
            <CountList title="Keys by region" counts={counts.byRegion} total={counts.total} href={(region) => keysListHref({ region })} mono />
            <CountList title="Keys by KeyState" counts={counts.byState} total={counts.total} href={(state) => keysListHref({ state })} barClass={(s) => keyStateStyle(s).bar} />
            <CountList title="Keys by KeyManager" counts={counts.byManager} total={counts.total} href={(manager) => keysListHref({ manager })} />
            <CountList
              title="Keys by automatic rotation"
              counts={counts.byRotation}
              total={counts.total}
              href={(rotation) => keysListHref({ rotation })}
              barClass={(r) => ROTATION_BAR[r] ?? "bg-muted"}
            />
          </div>
        </div>
      )}
      {audit ? (
        <div className="mt-8">
          <UsageOverviewLoader days={days} />
        </div>
      ) : null}
      <div className="mt-6 max-w-xl">
        <EnvironmentFacts
          database={config.databaseUrl && !config.embeddedDatabase ? "Postgres server" : "Embedded (PGlite)"}
          aws={config.sandbox === "on" ? "Local sandbox (demo fleet)" : config.aws.endpointUrl ? `Endpoint ${config.aws.endpointUrl}` : "AWS (standard credential chain)"}
          regions={config.aws.regions.length ? config.aws.regions.join(", ") : "All commercial regions"}
          signIn={config.auth.demoMode ? "Demo people (no OIDC configured)" : `OIDC: ${config.auth.oidc!.name}`}
        />
      </div>
    </>
  );
}
