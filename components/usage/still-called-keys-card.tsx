import Link from "next/link";
import { Siren } from "lucide-react";
import type { StillCalledKey } from "@/lib/queries/usage/get-still-called-keys";
import { keyHref } from "@/components/keys/key-links";
import { formatDateTime, formatNumber, plural } from "@/components/ui/format";
import { PrincipalLabel } from "./principal-label";
import { sinceText, stateWords } from "./still-called-text";

const SHOWN = 8;

/** The Overview's alarm: keys on their way out that something still calls. */
export function StillCalledKeysCard({ keys }: { keys: StillCalledKey[] }) {
  if (keys.length === 0) return null;
  return (
    <section role="alert" aria-labelledby="still-called-title" className="rounded-lg border-2 border-danger/60 bg-danger/5 shadow-sm" data-testid="still-called-alarm">
      <header className="flex items-start gap-3 border-b border-danger/30 px-5 py-4">
        <Siren className="mt-0.5 size-5 shrink-0 text-danger" aria-hidden />
        <div>
          <h2 id="still-called-title" className="font-semibold text-danger">
            {plural(keys.length, "key")} pending deletion or disabled {keys.length === 1 ? "is" : "are"} still being called
          </h2>
          <p className="mt-0.5 text-sm text-muted">
            These callers depend on a key that no longer works, or will be gone when its deletion date comes. Find them before the key is deleted: deletion cannot be undone.
          </p>
        </div>
      </header>
      <ul className="divide-y divide-danger/20">
        {keys.slice(0, SHOWN).map((k) => (
          <li key={k.keyArn} className="px-5 py-3 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <Link href={keyHref(k.keyArn)} className="min-w-0 truncate font-medium text-fg hover:text-accent hover:underline" title={k.keyArn}>
                {k.alias ?? k.keyArn.split("/").pop()}
              </Link>
              <span className="text-xs text-muted">
                <span className="font-medium text-danger">{stateWords(k.keyState)}</span>
                {k.deletionDate ? ` · deleted on ${formatDateTime(k.deletionDate)}` : ""}
              </span>
            </div>
            <p className="mt-0.5 text-xs text-muted">
              {formatNumber(k.calls)} cryptographic {k.calls === 1 ? "call" : "calls"} {sinceText(k)}; last call {formatDateTime(k.lastCallAt)}.
            </p>
            <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label="Callers">
              {k.callers.slice(0, 4).map((c) => (
                <li key={c.principalArn} className="rounded border border-border bg-surface px-2 py-0.5 text-xs">
                  <PrincipalLabel arn={c.principalArn} /> <span className="text-muted">· {plural(c.calls, "call")}, last {formatDateTime(c.lastCallAt)}</span>
                </li>
              ))}
              {k.callers.length > 4 ? <li className="px-1 py-0.5 text-xs text-muted">and {plural(k.callers.length - 4, "more caller")}</li> : null}
            </ul>
          </li>
        ))}
      </ul>
      {keys.length > SHOWN ? <p className="border-t border-danger/20 px-5 py-2 text-xs text-muted">And {plural(keys.length - SHOWN, "more key")}: open the keys pending deletion or disabled to see them all.</p> : null}
    </section>
  );
}
