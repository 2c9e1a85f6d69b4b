import Link from "next/link";
import { ChevronLeft, ScrollText, TriangleAlert } from "lucide-react";
import { auditHref } from "@/lib/filters/audit-filter";
import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import type { KeyLifecycle } from "@/lib/queries/key-detail/key-lifecycle";
import { KeyLifecycleCard } from "@/components/timeline/key-lifecycle";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format";
import { KeyStateBadge } from "../key-state-badge";
import { RefreshKeyButton } from "../refresh-key-button";
import { KeyAliases, KeyTags } from "./key-aliases-tags";
import { KeyCrypto, KeyGeneral } from "./key-configuration";
import { KeyGrants } from "./key-grants";
import { KeyMultiRegion } from "./key-multi-region";
import { KeyPolicy } from "./key-policy";
import { KeyMaterial } from "./key-material";
import { KeyRotation } from "./key-rotation";
import { KeyUsageAndSync } from "./key-usage-and-sync";

type Props = { k: KeyDetail; lifecycle: KeyLifecycle | null; canRefresh: boolean; alarm?: React.ReactNode; usage?: React.ReactNode; access?: React.ReactNode };

export function KeyDetailView({ k, lifecycle, canRefresh, alarm, usage, access }: Props) {
  const keyAudit = auditHref({ key: k.arn, range: "90d" });
  return (
    <article className="space-y-6" aria-labelledby="key-title">
      <header className="space-y-3">
        <Link href="/keys" className="inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
          <ChevronLeft className="size-4" aria-hidden />
          Keys
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 space-y-1.5">
            <div className="flex flex-wrap items-center gap-3">
              <h1 id="key-title" className="break-all text-xl font-semibold tracking-tight">
                {k.aliases[0]?.name ?? k.keyId}
              </h1>
              <KeyStateBadge state={k.keyState} deletionDate={k.deletionDate} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <code className="break-all text-xs text-muted" data-testid="key-arn">
                {k.arn}
              </code>
              <CopyButton text={k.arn} label="Copy ARN" />
              <Link href={keyAudit} className="inline-flex h-7 items-center gap-1.5 rounded-md border border-border bg-surface px-2 text-xs font-medium text-accent hover:bg-surface-2" data-testid="key-audit-link">
                <ScrollText className="size-3.5" aria-hidden />
                View audit events
              </Link>
            </div>
          </div>
          {canRefresh && !k.deletedAt ? <RefreshKeyButton keyArn={k.arn} /> : null}
        </div>
        {k.deletedAt ? (
          <p role="alert" className="flex items-start gap-2 rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            This key is gone from AWS: a complete listing of its account and region on {formatDateTime(k.deletedAt)} no longer showed it. What follows is its last synced state.
          </p>
        ) : null}
      </header>
      {alarm}
      <div className="grid gap-6 xl:grid-cols-2">
        <KeyGeneral k={k} />
        <div className="space-y-6">
          <KeyCrypto k={k} />
          <KeyUsageAndSync k={k} />
        </div>
        <div className="space-y-6">
          <KeyRotation k={k} />
          <KeyMaterial k={k} />
        </div>
        <div className="space-y-6">
          <KeyAliases k={k} />
          <KeyTags k={k} />
          <KeyMultiRegion k={k} />
        </div>
      </div>
      {usage}
      {lifecycle ? <KeyLifecycleCard lifecycle={lifecycle} auditHref={keyAudit} eventHref={(id) => `${keyAudit}&event=${encodeURIComponent(id)}`} /> : null}
      {access}
      <KeyGrants grants={k.grants} />
      <KeyPolicy policies={k.policies} />
    </article>
  );
}
