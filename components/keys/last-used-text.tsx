import { LAST_USED_SOURCE_LABELS, lastUsedUnknownText, type LastUsed } from "@/lib/lifecycle/last-used";
import { formatDate, formatDateTime } from "@/components/ui/format";

/** A key's last use in words: when, which operation and from which witness; or never; or why it is unknown. */
export function LastUsedText({ u, testId = "key-last-used" }: { u: LastUsed; testId?: string }) {
  if (u.kind === "used") {
    return (
      <span data-testid={testId} data-source={u.source}>
        {formatDateTime(u.at)}
        {u.operation ? ` · ${u.operation}` : ""}
        <span className="text-muted"> (from {LAST_USED_SOURCE_LABELS[u.source]})</span>
      </span>
    );
  }
  if (u.kind === "never") {
    return (
      <span data-testid={testId} className="text-muted">
        Never used since AWS started tracking on {formatDate(u.trackingStartAt)} (GetKeyLastUsage)
      </span>
    );
  }
  return (
    <span data-testid={testId} className="text-muted">
      {lastUsedUnknownText(u.reasons)}
    </span>
  );
}
