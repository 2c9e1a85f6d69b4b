import type { KeyRow } from "@/lib/queries/keys/key-row";

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
