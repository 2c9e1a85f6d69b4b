import type { KeyUsage } from "@/lib/queries/usage/get-key-usage";
import type { UsageDays } from "@/lib/queries/usage/usage-range";
import { ChartCard } from "@/components/usage/chart-card";
import { KeyCallsChart } from "@/components/usage/key-calls-chart";
import { PrincipalLabel } from "@/components/usage/principal-label";
import { RankedList } from "@/components/usage/ranked-list";
import { UsageEmpty } from "@/components/usage/usage-empty";
import { UsageSectionHeader } from "@/components/usage/usage-section-header";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatNumber, plural } from "@/components/ui/format";
import { keyHref } from "../key-links";
import { LastUsedText } from "../last-used-text";
import type { LastUsed } from "@/lib/lifecycle/last-used";

type Props = { keyArn: string; usage: KeyUsage; ingested: boolean; lastUsage: { at: string | null; operation: string | null }; lastUse: LastUsed };

/** The key's usage from CloudTrail rollups: calls per day with errors, callers, operations, last use. */
export function KeyUsageSection({ keyArn, usage, ingested, lastUsage, lastUse }: Props) {
  const rate = usage.totalCalls ? ((100 * usage.totalErrors) / usage.totalCalls).toFixed(2) : null;
  const unknown = usage.coverage !== "covered";
  // Where the trails leave out KMS events a count is never the key's whole usage: say so first.
  const excluded = usage.coverage === "excluded";
  const counted = `${plural(usage.totalCalls, "call")} in the last ${usage.days} days${rate ? `, ${formatNumber(usage.totalErrors)} failed (error rate ${rate}%)` : ""}`;
  const summary = excluded
    ? `Usage unknown: the trails of this account-Region exclude KMS events.${usage.totalCalls ? ` Only ${plural(usage.totalCalls, "call")} seen in the last ${usage.days} days, not the key's whole usage.` : ""}`
    : `${counted}. From CloudTrail, counted per UTC day.`;
  return (
    <section aria-labelledby="key-usage-title" className="space-y-4" data-testid="key-usage">
      <UsageSectionHeader
        titleId="key-usage-title"
        summary={summary}
        days={usage.days}
        href={(d: UsageDays) => `${keyHref(keyArn)}?days=${d}`}
      />
      {excluded || (unknown && usage.totalCalls === 0) ? <UsageEmpty reason="unknown" days={usage.days} /> : null}
      {!unknown && usage.totalCalls === 0 ? <UsageEmpty reason={ingested ? "no-calls" : "not-ingested"} days={usage.days} /> : null}
      {usage.totalCalls > 0 ? (
        <div className="grid gap-6 xl:grid-cols-3">
          <ChartCard
            id="key-calls"
            className="xl:col-span-2"
            title="Calls per day"
            description="Failed calls stacked on top."
            summary={`${formatNumber(usage.totalCalls)} calls over ${usage.days} days, ${formatNumber(usage.totalErrors)} failed.`}
          >
            <KeyCallsChart days={usage.byDay} />
          </ChartCard>
          <LastUsed usage={usage} lastUsage={lastUsage} lastUse={lastUse} />
          <div className="xl:col-span-2">
            <RankedList
              title="By caller"
              description={usage.otherPrincipals.principals ? `And ${plural(usage.otherPrincipals.principals, "more caller")} with ${plural(usage.otherPrincipals.calls, "call")}.` : undefined}
              empty="No caller recorded."
              items={usage.byPrincipal.map((p) => ({ id: p.principalArn, label: <PrincipalLabel arn={p.principalArn} />, detail: p.principalArn || undefined, calls: p.calls, errors: p.errors }))}
            />
          </div>
          <RankedList
            title="By operation"
            empty="No operation recorded."
            items={usage.byOperation.map((o) => ({ id: o.operation, label: o.operation, calls: o.calls, errors: o.errors }))}
          />
        </div>
      ) : (
        <div className="max-w-xl">
          <LastUsed usage={usage} lastUsage={lastUsage} lastUse={lastUse} />
        </div>
      )}
    </section>
  );
}

function LastUsed({ usage, lastUsage, lastUse }: Pick<Props, "usage" | "lastUsage" | "lastUse">) {
  const c = usage.lastCall;
  return (
    <Card>
      <CardHeader title="Last used" />
      <dl className="space-y-4 p-5 text-sm">
        <div>
          <dt className="text-xs text-muted">Last cryptographic use (the later of AWS&apos;s answer and CloudTrail)</dt>
          <dd className="mt-0.5">
            <LastUsedText u={lastUse} testId="usage-last-used" />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Last call of any operation in CloudTrail</dt>
          <dd className="mt-0.5">
            {c ? (
              <>
                {formatDateTime(c.at)} · {c.operation}
                {c.errorCode ? <span className="text-danger"> (failed: {c.errorCode})</span> : null}
                <div className="text-muted">
                  by <PrincipalLabel arn={c.principalArn} />
                </div>
              </>
            ) : (
              <span className="text-muted">None ingested</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Last cryptographic use reported by AWS (GetKeyLastUsage)</dt>
          <dd className="mt-0.5">{lastUsage.at ? `${formatDateTime(lastUsage.at)}${lastUsage.operation ? ` · ${lastUsage.operation}` : ""}` : <span className="text-muted">Not reported</span>}</dd>
        </div>
      </dl>
    </Card>
  );
}
