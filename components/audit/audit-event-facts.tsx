import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import type { AuditEventRecord } from "@/lib/queries/audit-events/audit-row";
import { keyHref } from "@/components/keys/key-links";
import { Facts } from "@/components/ui/facts";
import { eventTimeText } from "./audit-columns";

const mono = (text: string | null) => (text ? <span className="font-mono text-xs">{text}</span> : null);

/** The event's normalized fields: the error first when there is one, then who, what, where. */
export function AuditEventFacts({ record: r }: { record: AuditEventRecord }) {
  return (
    <>
      {r.errorCode ? (
        <div role="note" className="flex gap-2.5 rounded-md border border-danger/40 bg-danger/10 p-3 text-sm" data-testid="audit-event-error">
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden />
          <div className="min-w-0">
            <p className="font-semibold text-danger">{r.errorCode}</p>
            {r.errorMessage ? <p className="mt-0.5 break-words">{r.errorMessage}</p> : null}
          </div>
        </div>
      ) : null}
      <Facts
        items={[
          ["Time", `${eventTimeText(r.eventTime)} UTC`],
          [
            "Key",
            r.keyArn ? (
              <Link href={keyHref(r.keyArn)} className="break-all font-medium text-accent hover:underline" data-testid="drawer-key-link">
                {r.keyAlias ? `${r.keyAlias} · ` : ""}
                <span className="font-mono text-xs">{r.keyArn}</span>
              </Link>
            ) : null,
          ],
          ["Principal", mono(r.principalArn)],
          ["Principal type", r.principalType],
          ["Session issuer", mono(r.sessionIssuerArn)],
          ["Calling service", r.invokedBy],
          ["Account · Region", `${r.accountId} · ${r.region}`],
          ["Source IP", r.sourceIp],
          ["User agent", mono(r.userAgent)],
          ["Access", r.readOnly === null ? null : r.readOnly ? "Read-only" : "Write"],
          ["Event type", r.eventType],
          ["Ingested from", `${r.source}, ${eventTimeText(r.ingestedAt)} UTC`],
        ]}
      />
    </>
  );
}
