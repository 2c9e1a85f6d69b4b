import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { KeyRotationHistory } from "./key-rotation-history";

function status(k: KeyDetail) {
  if (k.rotation.enabled === null) {
    return <span className="text-muted">Not supported (only symmetric keys with AWS_KMS key material rotate automatically)</span>;
  }
  if (!k.rotation.enabled) return <span className="font-medium text-warn">Automatic rotation is off</span>;
  return <span className="font-medium text-ok">On{k.rotation.periodDays ? `, every ${k.rotation.periodDays} days` : ""}</span>;
}

// KMS does not rotate a key that is not Enabled; when it is enabled again past its date, it rotates at once.
function nextRotation(k: KeyDetail) {
  const date = formatDate(k.rotation.nextRotationDate);
  if (k.keyState === "Enabled") return date;
  return (
    <span>
      {date} <span className="text-warn">(paused while {k.keyState})</span>
    </span>
  );
}

export function KeyRotation({ k }: { k: KeyDetail }) {
  const r = k.rotation;
  return (
    <Card>
      <CardHeader title="Rotation" />
      <div className="space-y-4 p-5">
        <Facts
          items={[
            ["Automatic rotation", status(k)],
            ["Next rotation", r.enabled ? nextRotation(k) : null],
            ["On-demand rotations", String(r.onDemandCount)],
            ["On-demand rotation started", r.onDemandRotationStartDate ? formatDateTime(r.onDemandRotationStartDate) : null],
          ]}
        />
        {r.history.length ? (
          <KeyRotationHistory history={r.history} />
        ) : null}
      </div>
    </Card>
  );
}
