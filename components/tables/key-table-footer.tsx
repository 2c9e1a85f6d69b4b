import { formatNumber } from "@/components/ui/format";

type Props = { loaded: number; total: number; fetching: boolean; error: string | null; onRetry: () => void };

export function KeyTableFooter({ loaded, total, fetching, error, onRetry }: Props) {
  return (
    <div className="sticky left-0 flex items-center gap-3 px-4 py-3 text-sm text-muted" aria-live="polite">
      {error ? (
        <>
          <span className="text-danger">Could not load more keys: {error}</span>
          <button type="button" onClick={onRetry} className="font-medium text-accent hover:underline">
            Try again
          </button>
        </>
      ) : fetching ? (
        <span>Loading more keys…</span>
      ) : (
        <span data-testid="key-table-status">
          Showing {formatNumber(loaded)} of {formatNumber(total)} {total === 1 ? "key" : "keys"}
        </span>
      )}
    </div>
  );
}
