import Link from "next/link";
import type { KeyDetail, RelatedKey } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { KeyStateBadge } from "../key-state-badge";
import { keyHref } from "../key-links";

function Related({ r, role, current }: { r: RelatedKey; role: string; current: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-5 py-2 text-sm">
      <span className="flex items-center gap-2">
        <span className="w-16 text-xs uppercase tracking-wide text-muted">{role}</span>
        {r.arn === current ? (
          <span className="font-mono">{r.region} (this key)</span>
        ) : r.inInventory ? (
          <Link href={keyHref(r.arn)} className="font-mono text-accent hover:underline">
            {r.region}
          </Link>
        ) : (
          <span className="font-mono" title="Not in the inventory: its region or account may not be synced">
            {r.region} <span className="font-sans text-xs text-muted">(not synced)</span>
          </span>
        )}
      </span>
      {r.keyState ? <KeyStateBadge state={r.keyState} /> : null}
    </li>
  );
}

export function KeyMultiRegion({ k }: { k: KeyDetail }) {
  const m = k.multiRegion;
  if (!m) return null;
  return (
    <Card>
      <CardHeader title="Multi-Region" description={`This key is the ${m.type === "PRIMARY" ? "primary" : "a replica"} of a multi-Region key: related keys share its key id and key material.`} />
      <ul className="divide-y divide-border" aria-label="Multi-Region keys">
        {m.primary ? <Related r={m.primary} role="Primary" current={k.arn} /> : null}
        {m.replicas.map((r) => (
          <Related key={r.arn} r={r} role="Replica" current={k.arn} />
        ))}
      </ul>
    </Card>
  );
}
