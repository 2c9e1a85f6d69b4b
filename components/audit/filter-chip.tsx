import { X } from "lucide-react";

/** A filter set by a link (a key, a principal) rather than a menu: shown, and removable. */
export function FilterChip({ label, value, title, onRemove }: { label: string; value: string; title?: string; onRemove: () => void }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-accent/30 bg-accent/10 py-0.5 pl-3 pr-1 text-sm" title={title ?? value} data-testid={`chip-${label.toLowerCase()}`}>
      <span className="text-muted">{label}:</span>
      <span className="truncate font-mono text-xs">{value}</span>
      <button type="button" onClick={onRemove} aria-label={`Remove the ${label.toLowerCase()} filter`} className="rounded-full p-0.5 text-muted hover:bg-surface-2 hover:text-fg">
        <X className="size-3.5" aria-hidden />
      </button>
    </span>
  );
}
