type Props = { noun: string; fetching: boolean; error: string | null; onRetry: () => void; status: React.ReactNode; statusTestId: string };

/** Below an infinite table: loading, a failed page with a retry, or how much is shown. */
export function TableFooter({ noun, fetching, error, onRetry, status, statusTestId }: Props) {
  return (
    <div className="sticky left-0 flex items-center gap-3 px-4 py-3 text-sm text-muted" aria-live="polite">
      {error ? (
        <>
          <span className="text-danger">
            Could not load more {noun}: {error}
          </span>
          <button type="button" onClick={onRetry} className="font-medium text-accent hover:underline">
            Try again
          </button>
        </>
      ) : fetching ? (
        <span>Loading more {noun}…</span>
      ) : (
        <span data-testid={statusTestId}>{status}</span>
      )}
    </div>
  );
}
