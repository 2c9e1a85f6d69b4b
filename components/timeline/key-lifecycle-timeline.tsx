import Link from "next/link";
import { ArrowRight, CircleX, TriangleAlert } from "lucide-react";
import type { HistoryEntry } from "@/lib/lifecycle/key-history";
import { formatDateTime } from "@/components/ui/format";
import { cn } from "@/components/ui/cn";
import { keyStateStyle } from "@/components/keys/key-state-style";

/** The key's lifecycle events, newest first, each with who did it, when, and the state it led to. */
export function KeyLifecycleTimeline({ history, eventHref }: { history: HistoryEntry[]; eventHref: (eventId: string) => string }) {
  return (
    <ol className="relative space-y-4 border-l border-border pl-5" aria-label="Lifecycle events, newest first">
      {history.map((h) => (
        <li key={h.eventId} className="relative" data-testid="lifecycle-entry">
          <span
            aria-hidden
            className={`absolute -left-[26.5px] top-1.5 size-3 rounded-full border-2 border-surface ${h.failed ? "bg-danger" : h.to ? "bg-accent" : "bg-muted"}`}
          />
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <Link href={eventHref(h.eventId)} className="font-mono font-medium hover:underline">
              {h.eventName}
            </Link>
            {h.failed ? (
              <span className="inline-flex items-center gap-1 text-danger">
                <CircleX className="size-3.5" aria-hidden />
                failed: {h.failed}
              </span>
            ) : null}
            {h.to ? (
              <span className="inline-flex items-center gap-1">
                {h.from ? <StateChip state={h.from} /> : null}
                {h.from ? <ArrowRight className="size-3.5 text-muted" aria-label="to" /> : null}
                <StateChip state={h.to} />
              </span>
            ) : null}
            {h.gap ? (
              <span className="inline-flex items-center gap-1 text-xs text-warn" title="AWS does not allow this change directly: events in between are missing from the ingested trail">
                <TriangleAlert className="size-3.5" aria-hidden />
                events missing before this
              </span>
            ) : null}
          </div>
          <p className="mt-0.5 text-xs text-muted">
            <time dateTime={h.at}>{formatDateTime(h.at)}</time> · <span className="break-all">{h.actor}</span>
            {h.detail ? ` · ${h.detail}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

function StateChip({ state }: { state: string }) {
  return <span className={cn("rounded-full border px-1.5 py-px text-xs font-medium", keyStateStyle(state).badge)}>{state}</span>;
}
