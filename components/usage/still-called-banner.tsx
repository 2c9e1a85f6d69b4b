import { Siren } from "lucide-react";
import type { StillCalledKey } from "@/lib/queries/usage/get-still-called-keys";
import { formatDateTime, formatNumber, plural } from "@/components/ui/format";
import { StillCalledCallers } from "./still-called-callers";
import { sinceText, stateWords } from "./still-called-text";

/** The key page's alarm: this key is on its way out and something still calls it. */
export function StillCalledBanner({ k }: { k: StillCalledKey }) {
  return (
    <section role="alert" aria-labelledby="still-called-banner" className="rounded-lg border-2 border-danger/60 bg-danger/5 px-5 py-4" data-testid="still-called-banner">
      <div className="flex items-start gap-3">
        <Siren className="mt-0.5 size-5 shrink-0 text-danger" aria-hidden />
        <div className="min-w-0 space-y-2">
          <h2 id="still-called-banner" className="font-semibold text-danger">
            This key is {stateWords(k.keyState)} and still being called
          </h2>
          <p className="text-sm text-muted">
            {formatNumber(k.calls)} cryptographic {k.calls === 1 ? "call" : "calls"} by {plural(k.callers.length, "caller")} {sinceText(k)}; the last on {formatDateTime(k.lastCallAt)}.
            {k.deletionDate ? ` AWS deletes the key on ${formatDateTime(k.deletionDate)}; after that these calls can never succeed.` : ""}
          </p>
          <StillCalledCallers callers={k.callers} />
        </div>
      </div>
    </section>
  );
}
