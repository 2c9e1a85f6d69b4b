import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { formatDateTime } from "@/components/ui/format";
import { LastUsedText } from "../last-used-text";

export function KeyUsageAndSync({ k }: { k: KeyDetail }) {
  const u = k.lastUsed;
  return (
    <Card>
      <CardHeader title="Last used and last synced" />
      <div className="space-y-3 p-5">
        <Facts
          items={[
            ["Last used", <LastUsedText key="u" u={k.lastUse} />],
            ["Usage tracked since", u.trackingStartAt ? formatDateTime(u.trackingStartAt) : null],
            ["Usage last checked", u.checkedAt ? formatDateTime(u.checkedAt) : null],
            ["Last read from AWS", <span key="r" data-testid="key-read-at">{k.lastReadAt ? formatDateTime(k.lastReadAt) : "—"}</span>],
            ["Last changed by a sync", <span key="s" data-testid="key-synced-at">{formatDateTime(k.syncedAt)}</span>],
            ["First seen", formatDateTime(k.firstSeenAt)],
          ]}
        />
        {k.keyState === "PendingDeletion" ? (
          <p className="rounded-md border border-warn/30 bg-warn/10 px-3 py-2 text-xs text-warn">
            AWS advises not to rely on last-use data alone before a key is deleted: check the CloudTrail events of this key too.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
