import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/permissions";
import { getKeyDetail } from "@/lib/queries/key-detail/get-key-detail";
import { getKeyLifecycle } from "@/lib/queries/key-detail/key-lifecycle";
import { getKeyUsage } from "@/lib/queries/usage/get-key-usage";
import { hasUsage } from "@/lib/queries/usage/has-usage";
import { getStillCalledKeys } from "@/lib/queries/usage/get-still-called-keys";
import { parseUsageDays } from "@/lib/queries/usage/usage-range";
import { KeyDetailView } from "@/components/keys/detail/key-detail-view";
import { KeyUsageSection } from "@/components/keys/detail/key-usage-section";
import { StillCalledBanner } from "@/components/usage/still-called-banner";
import { getKeyAccess } from "@/lib/queries/key-access/get-key-access";
import { summariseAccess } from "@/lib/access/summarise-access";
import { KeyAccessSummary } from "@/components/keys/detail/key-access-summary";
import { arnOf, type KeyPageParams } from "./key-arn-param";

type Props = { params: KeyPageParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const arn = await arnOf(params);
  return { title: arn.split("/").pop() ?? "Key" };
}

export default async function KeyPage({ params, searchParams }: Props) {
  const arn = await arnOf(params);
  const user = await guardPage("inventory:read", `/keys/${encodeURIComponent(arn)}`);
  const [key, view] = await Promise.all([getKeyDetail(arn), getKeyAccess(arn)]);
  if (!key) notFound();
  const access = view ? (
    <KeyAccessSummary
      summary={summariseAccess(view.report, view.accountId)}
      findings={view.report.findings}
      graphHref={`/keys/${encodeURIComponent(arn)}/access`}
      invalid={view.report.valid ? null : view.report.error}
    />
  ) : null;
  // usage and lifecycle name callers: audit data, for those who may read the audit trail
  if (!can(user.role, "audit:read")) return <KeyDetailView k={key} lifecycle={null} canRefresh={can(user.role, "sync:run")} access={access} />;
  const days = parseUsageDays((await searchParams).days);
  const [usage, [stillCalled], ingested, lifecycle] = await Promise.all([
    getKeyUsage(key, days),
    getStillCalledKeys({ keyArn: arn }),
    hasUsage(),
    getKeyLifecycle(key),
  ]);
  return (
    <KeyDetailView
      k={key}
      lifecycle={lifecycle}
      canRefresh={can(user.role, "sync:run")}
      access={access}
      alarm={stillCalled ? <StillCalledBanner k={stillCalled} /> : null}
      usage={<KeyUsageSection keyArn={arn} usage={usage} ingested={ingested} lastUsage={key.lastUsed} lastUse={key.lastUse} />}
    />
  );
}
