import Link from "next/link";
import type { KeyLifecycle } from "@/lib/queries/key-detail/key-lifecycle";
import { TRANSITIONS } from "@/lib/lifecycle/key-state-machine";
import { Card, CardHeader } from "@/components/ui/card";
import { KeyLifecycleTimeline } from "./key-lifecycle-timeline";
import { KeyStateDiagram } from "./key-state-diagram";

type Props = { lifecycle: KeyLifecycle; auditHref: string; eventHref: (eventId: string) => string };

/** The key page's lifecycle: the state machine with this key's state, and its history from the trail. */
export function KeyLifecycleCard({ lifecycle, auditHref, eventHref }: Props) {
  const { current, history } = lifecycle;
  const taken = new Set(history.filter((h) => h.to).map((h) => `${h.from ?? "new"}>${h.to}`));
  const next = TRANSITIONS.filter((t) => t.from === current);
  return (
    <section aria-label="Lifecycle" data-testid="key-lifecycle">
      <Card>
        <CardHeader
          title="Lifecycle"
          description={current ? `This key is ${current}. Arrows show every change AWS allows; dashed ones are made by KMS itself.` : "AWS reports a key state Keywarden does not know."}
        />
        <div className="px-5 pt-5">
          <div className="mx-auto max-w-5xl">
            <KeyStateDiagram current={current} taken={taken} />
          </div>
        </div>
        <div className="grid gap-6 p-5 lg:grid-cols-[2fr_3fr]">
          <div className="space-y-3">
            {next.length ? (
              <div className="text-sm">
                <p className="font-medium">From {current}, the key can go</p>
                <ul className="mt-1 space-y-0.5 text-muted">
                  {next.map((t) => (
                    <li key={`${t.to}-${t.via}`}>
                      to <span className="text-fg">{t.to}</span> by <span className="font-mono text-xs">{t.via}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : current === "deleted" ? (
              <p className="text-sm text-muted">KMS deleted this key. Data encrypted under it can no longer be decrypted.</p>
            ) : null}
            <ul className="space-y-1 text-xs text-muted" aria-label="Legend">
              <li className="flex items-center gap-2">
                <span className="inline-block h-0.5 w-6 bg-accent" aria-hidden /> changes this key has made (from its events)
              </li>
              <li className="flex items-center gap-2">
                <span className="inline-block h-0.5 w-6 bg-fg" aria-hidden /> ways out of its current state
              </li>
              <li className="flex items-center gap-2">
                <span className="inline-block w-6 border-t-2 border-dashed border-muted" aria-hidden /> made by KMS itself
              </li>
            </ul>
          </div>
          <div className="min-w-0 space-y-3">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">History from CloudTrail</h3>
            {history.length ? (
              <KeyLifecycleTimeline history={history} eventHref={eventHref} />
            ) : (
              <p className="text-sm text-muted">
                No lifecycle events for this key have been ingested yet. They appear here once the trail that records this key&apos;s account and Region is ingested (see{" "}
                <Link href="/sync" className="text-accent hover:underline">
                  Sync
                </Link>
                ).
              </p>
            )}
            {lifecycle.incomplete ? (
              <p className="text-xs text-warn">
                The events lead to {[...history].find((h) => h.to)?.to}, but AWS reports {current}: part of this key&apos;s history is not in the ingested trail yet.
              </p>
            ) : null}
            {lifecycle.truncated ? <p className="text-xs text-muted">Showing the newest {history.length} lifecycle events.</p> : null}
            <Link href={auditHref} className="inline-block text-sm text-accent hover:underline">
              All audit events for this key →
            </Link>
          </div>
        </div>
      </Card>
    </section>
  );
}
