import type { Metadata } from "next";
import { getConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { guardPage } from "@/lib/auth/require-permission";
import { getInventoryStatus } from "@/lib/queries/inventory-status";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EnvironmentFacts } from "@/components/shell/environment-facts";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await guardPage("inventory:read", "/");
  const status = await getInventoryStatus(getPrisma());
  const config = getConfig();
  return (
    <>
      <PageHeader title="Overview" description={`Signed in as ${user.name}. This is what Keywarden knows about your KMS keys.`} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader title="Inventory" description="Counts come from the last inventory sync; nothing here is estimated." />
          {status.keys === 0 ? (
            <div className="px-5 py-10 text-center">
              <p className="font-medium">No keys in the inventory yet</p>
              <p className="mx-auto mt-1 max-w-md text-sm text-muted">
                Keys appear here after the first inventory sync. The sync, and the charts built on it, arrive with the inventory
                feature.
              </p>
            </div>
          ) : (
            <dl className="grid grid-cols-3 divide-x divide-border">
              {[
                ["Keys", status.keys],
                ["Accounts", status.accounts],
                ["Account-regions", status.regions],
              ].map(([label, value]) => (
                <div key={label} className="px-5 py-4">
                  <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
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
