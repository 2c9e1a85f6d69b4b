import type { KeyRow } from "@/lib/queries/keys/key-row";
import { LAST_USED_SOURCE_LABELS, lastUsedUnknownText } from "@/lib/lifecycle/last-used";
import { formatDate } from "@/components/ui/format";

export function KeyRotationCell({ rotation }: { rotation: KeyRow["rotation"] }) {
  if (rotation.enabled === null) {
    return (
      <span className="text-muted" title="Automatic rotation is not supported for this key (asymmetric, HMAC, imported or custom key store)">
        n/a
      </span>
    );
  }
  if (!rotation.enabled) return <span className="font-medium text-warn">Off</span>;
  return (
    <span className="text-ok">
      On{rotation.periodDays ? <span className="text-muted"> · {rotation.periodDays} d</span> : null}
    </span>
  );
}

export function KeyTagsCell({ tags }: { tags: KeyRow["tags"] }) {
  if (tags.length === 0) return <span className="text-muted">—</span>;
  const shown = tags.slice(0, 2);
  return (
    <span className="flex min-w-0 items-center gap-1" title={tags.map((t) => `${t.key}=${t.value}`).join("\n")}>
      {shown.map((t) => (
        <span key={t.key} className="max-w-28 truncate rounded border border-border bg-surface-2 px-1.5 py-0.5 text-xs">
          {t.key}={t.value}
        </span>
      ))}
      {tags.length > shown.length ? <span className="shrink-0 text-xs text-muted">+{tags.length - shown.length}</span> : null}
    </span>
  );
}

/** The last use: its day and where it comes from, or why it is unknown; never a bare dash beside calls. */
export function KeyLastUsedCell({ row }: { row: Pick<KeyRow, "lastUsed" | "usageCoverage"> }) {
  const u = row.lastUsed;
  if (u.kind === "used") {
    return (
      <span data-testid="last-used" data-source={u.source} title={`${u.operation ? `${u.operation}, ` : ""}from ${LAST_USED_SOURCE_LABELS[u.source]}`}>
        {formatDate(u.at)}
      </span>
    );
  }
  if (u.kind === "never") {
    return (
      <span data-testid="last-used" className="text-muted" title={`No use since AWS started tracking (${formatDate(u.trackingStartAt)}), according to GetKeyLastUsage`}>
        never
      </span>
    );
  }
  return (
    <span data-testid="last-used" className="text-muted" title={lastUsedUnknownText(u.reasons)}>
      {u.reasons.includes("trail-excludes-kms") ? "usage unknown" : "unknown"}
    </span>
  );
}
