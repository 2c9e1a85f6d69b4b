import { ShieldAlert, ShieldCheck } from "lucide-react";
import type { AccessFinding } from "@/lib/access";
import { FLAG_ORDER } from "@/lib/access";
import { FLAG_LABELS } from "@/lib/access/flag-labels";
import { Badge } from "@/components/ui/badge";

const MAX_SOURCES = 3;

// Grant ids are 64 hex digits: their start is enough to tell them apart on a page.
const shortSource = (source: string) => (source.startsWith("grant:") && source.length > 20 ? `${source.slice(0, 18)}…` : source);

/** Each flag of a key in words, with the statements or grants that cause it. */
export function AccessFlags({ findings }: { findings: readonly AccessFinding[] }) {
  if (findings.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-ok" data-testid="access-flags">
        <ShieldCheck className="size-4" aria-hidden />
        No access flags: nothing public, cross-account, widely administered or loosely granted.
      </p>
    );
  }
  const flags = FLAG_ORDER.filter((f) => findings.some((x) => x.flag === f));
  return (
    <ul className="space-y-2" data-testid="access-flags" aria-label="Access flags">
      {flags.map((flag) => {
        const own = findings.filter((x) => x.flag === flag);
        return (
          <li key={flag} className="flex items-start gap-2 text-sm" data-flag={flag}>
            <ShieldAlert className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden />
            <div className="min-w-0">
              <Badge tone={flag === "unconstrained-grant" ? "warn" : "danger"} className="mr-2 font-mono">
                {flag}
              </Badge>
              <span className="font-medium">{FLAG_LABELS[flag].title}:</span> {FLAG_LABELS[flag].meaning}.
              <ul className="mt-0.5 space-y-0.5 text-xs text-muted">
                {own.slice(0, MAX_SOURCES).map((x) => (
                  <li key={x.source} className="truncate" title={`${x.source}: ${x.explanation}`}>
                    <span className="font-mono">{shortSource(x.source)}</span>: {x.explanation}
                  </li>
                ))}
                {own.length > MAX_SOURCES ? <li>and {own.length - MAX_SOURCES} more</li> : null}
              </ul>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
