import { Download } from "lucide-react";

/** Downloads of what the current filter matches (keys by default); the route streams them. */
export function KeyExportLinks({ query, endpoint = "/api/keys/export", label = "Export the filtered keys" }: { query: string; endpoint?: string; label?: string }) {
  const href = (format: "json" | "csv") => `${endpoint}?format=${format}${query ? `&${query}` : ""}`;
  return (
    <div className="flex items-center gap-2" aria-label={label} role="group">
      {(["csv", "json"] as const).map((format) => (
        <a
          key={format}
          href={href(format)}
          download
          data-testid={`export-${format}`}
          className="inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2"
        >
          <Download className="size-4" aria-hidden />
          Export {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
