import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts, type Fact } from "@/components/ui/facts";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { KeyRotationHistory } from "./key-rotation-history";

function status(k: KeyDetail) {
  if (k.rotation.enabled === null) return <span className="text-muted">Not read (the last sync could not read the rotation status)</span>;
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

const NOT_ROTATABLE = {
  "not-rotatable-key-type": "Not rotatable: asymmetric and HMAC keys keep their key material for life",
  "not-rotatable-key-store": "Not rotatable: keys in a custom key store do not rotate in KMS",
} as const;

function facts(k: KeyDetail): Fact[] {
  const r = k.rotation;
  const onDemand: Fact[] = [
    ["On-demand rotations", String(r.onDemandCount)],
    ["On-demand rotation started", r.onDemandRotationStartDate ? formatDateTime(r.onDemandRotationStartDate) : null],
  ];
  if (r.support === "not-rotatable-key-type" || r.support === "not-rotatable-key-store") {
    return [["Rotation", <span key="none" className="text-muted">{NOT_ROTATABLE[r.support]}</span>]];
  }
  if (r.support === "on-demand-only") {
    return [
      ["Automatic rotation", <span key="auto" className="text-muted">Not available for imported key material</span>],
      ["On-demand rotation", <span key="od">Possible: import new key material, then rotate on demand</span>],
      ...onDemand,
    ];
  }
  return [["Automatic rotation", status(k)], ["Next rotation", r.enabled ? nextRotation(k) : null], ...onDemand];
}

export function KeyRotation({ k }: { k: KeyDetail }) {
  const r = k.rotation;
  return (
    <Card>
      <CardHeader title="Rotation" />
      <div className="space-y-4 p-5">
        <Facts items={facts(k)} />
        {r.history.length ? (
          <KeyRotationHistory history={r.history} />
        ) : null}
      </div>
    </Card>
  );
}
