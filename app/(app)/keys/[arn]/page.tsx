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

type Props = { params: Promise<{ arn: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The segment is the ARN, URL-encoded (":" and "/" included); tolerate it arriving decoded once more.
async function arnOf(params: Props["params"]): Promise<string> {
  const raw = (await params).arn;
  try {
    return raw.includes("%") ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const arn = await arnOf(params);
  return { title: arn.split("/").pop() ?? "Key" };
}

export default async function KeyPage({ params, searchParams }: Props) {
  const arn = await arnOf(params);
  const user = await guardPage("inventory:read", `/keys/${encodeURIComponent(arn)}`);
  const key = await getKeyDetail(arn);
  if (!key) notFound();
  // usage and lifecycle name callers: audit data, for those who may read the audit trail
  if (!can(user.role, "audit:read")) return <KeyDetailView k={key} lifecycle={null} canRefresh={can(user.role, "sync:run")} />;
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
      alarm={stillCalled ? <StillCalledBanner k={stillCalled} /> : null}
      usage={<KeyUsageSection keyArn={arn} usage={usage} ingested={ingested} lastUsage={key.lastUsed} lastUse={key.lastUse} />}
    />
  );
}
