import Link from "next/link";
import { Network } from "lucide-react";
import type { AccessFinding } from "@/lib/access";
import type { AccessSummary, SummaryEntry } from "@/lib/access/summarise-access";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { AccessFlags } from "./key-access-flags";

const MAX = 8;

function Entries({ title, hint, entries }: { title: string; hint: string; entries: SummaryEntry[] }) {
  return (
    <section className="space-y-1.5" aria-label={title} data-testid={`access-${title.toLowerCase().replace(/\s+/g, "-")}`}>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">
        {title} <span className="font-normal normal-case">({entries.length})</span>
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{hint}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {entries.slice(0, MAX).map((e) => (
            <li key={e.principal} className="flex flex-wrap items-center gap-1.5">
              <span className="break-all font-mono text-xs" title={e.principal}>
                {e.label}
              </span>
              {e.accountId ? <span className="font-mono text-xs text-muted">{e.accountId}</span> : null}
              {e.via.includes("grant") ? <Badge>grant</Badge> : null}
              {e.flags.map((f) => (
                <Badge key={f} tone="danger">
                  {f}
                </Badge>
              ))}
            </li>
          ))}
          {entries.length > MAX ? <li className="text-xs text-muted">and {entries.length - MAX} more in the access graph</li> : null}
        </ul>
      )}
    </section>
  );
}

/** The console-like view of a key's access, with each flag in words, above the raw policy. */
export function KeyAccessSummary({ summary, findings, graphHref, invalid }: { summary: AccessSummary; findings: AccessFinding[]; graphHref: string; invalid: string | null }) {
  return (
    <Card id="access">
      <CardHeader
        title="Who can use this key"
        description="From the key policy and grants, as AWS evaluates them (Deny statements and conditions included)."
        action={
          <Link href={graphHref} className="inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-3 text-sm font-medium text-accent hover:bg-surface-2" data-testid="access-graph-link">
            <Network className="size-4" aria-hidden />
            Access graph
          </Link>
        }
      />
      <div className="space-y-5 px-5 py-4">
        {invalid ? <p className="text-sm text-danger">The policy could not be analysed: {invalid}.</p> : null}
        <AccessFlags findings={findings} />
        <div className="grid gap-5 md:grid-cols-2 xl:grid-cols-3">
          <Entries title="Key administrators" hint="No one in this account may manage the key." entries={summary.administrators} />
          <Entries title="Key users" hint="No one in this account may use the key." entries={summary.users} />
          <Entries title="Other AWS accounts" hint="No other account." entries={summary.otherAccounts} />
          <Entries title="AWS services" hint="No AWS service principal." entries={summary.services} />
          <Entries title="Everyone" hint="No statement to everyone." entries={summary.everyone} />
        </div>
      </div>
    </Card>
  );
}
