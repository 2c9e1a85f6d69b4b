import type { UsageOverview } from "@/lib/queries/usage/usage-types";
import { keyHref } from "@/components/keys/key-links";
import { formatNumber, plural } from "@/components/ui/format";
import { CallsByOperationChart } from "./calls-by-operation-chart";
import { ChartCard } from "./chart-card";
import { ErrorsChart } from "./errors-chart";
import { PrincipalLabel } from "./principal-label";
import { RankedList } from "./ranked-list";
import { UnknownCoverageCard } from "./unknown-coverage";
import { UsageEmpty } from "./usage-empty";
import { UsageSectionHeader } from "./usage-section-header";

/** The Overview's usage: calls by operation, errors, the busiest keys and callers, and where usage is unknown. */
export function UsageOverviewSection({ usage }: { usage: UsageOverview }) {
  const rate = usage.totalCalls ? ((100 * usage.totalErrors) / usage.totalCalls).toFixed(2) : "0";
  return (
    <section aria-labelledby="usage-title" className="space-y-4">
      <UsageSectionHeader
        titleId="usage-title"
        summary={
          usage.ingested
            ? `${plural(usage.totalCalls, "call")} to KMS in the last ${usage.days} days, ${formatNumber(usage.totalErrors)} failed (${rate}%). From CloudTrail, counted by the hour; days in UTC. Keywarden's own calls are left out.`
            : "From CloudTrail, counted by the hour."
        }
        days={usage.days}
        href={(d) => `/?days=${d}`}
      />
      {!usage.ingested || usage.totalCalls === 0 ? (
        <UsageEmpty reason={usage.ingested ? "no-calls" : "not-ingested"} days={usage.days} />
      ) : (
        <>
          <div className="grid gap-6 xl:grid-cols-5">
            <ChartCard
              id="calls-by-operation"
              className="xl:col-span-3"
              title="Calls per day by operation"
              description={usage.byOperation.operations.includes("Other") ? "The busiest operations; the rest as Other." : undefined}
              summary={`Calls per day over ${usage.days} days. By operation: ${usage.byOperation.operations
                .map((op) => `${op} ${formatNumber(usage.byOperation.rows.reduce((n, r) => n + Number(r[op]), 0))}`)
                .join(", ")}.`}
            >
              <CallsByOperationChart series={usage.byOperation} />
            </ChartCard>
            <ChartCard
              id="errors"
              className="xl:col-span-2"
              title="Errors and AccessDenied"
              description="Failed calls per day."
              summary={`${formatNumber(usage.totalErrors)} failed calls over ${usage.days} days, ${formatNumber(usage.errorsByDay.reduce((n, d) => n + d.accessDenied, 0))} of them AccessDenied.`}
            >
              <ErrorsChart days={usage.errorsByDay} />
            </ChartCard>
          </div>
          <div className="grid gap-6 md:grid-cols-2">
            <RankedList
              title="Busiest keys"
              description={`By calls over ${usage.days} days.`}
              empty="No call named a key."
              items={usage.topKeys.map((k) => ({
                id: k.keyArn,
                href: keyHref(k.keyArn),
                label: k.alias ?? <span className="font-mono text-xs">{k.keyArn.split("/").pop()}</span>,
                detail: [k.description, k.keyState && k.keyState !== "Enabled" ? k.keyState : null, k.keyState ? null : "not in the inventory"].filter(Boolean).join(" · ") || undefined,
                calls: k.calls,
                errors: k.errors,
                usageUnknown: k.usageUnknown,
              }))}
            />
            <RankedList
              title="Busiest callers"
              description={`IAM roles, users and AWS services by calls over ${usage.days} days.`}
              empty="No caller recorded."
              items={usage.topPrincipals.map((p) => ({ id: p.principalArn, label: <PrincipalLabel arn={p.principalArn} />, calls: p.calls, errors: p.errors }))}
            />
          </div>
        </>
      )}
      <UnknownCoverageCard regions={usage.unknownCoverage} />
    </section>
  );
}
