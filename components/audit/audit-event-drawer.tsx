"use client";

import Link from "next/link";
import { X } from "lucide-react";
import { useEffect, useRef } from "react";
import { auditHref, type AuditFilter } from "@/lib/filters/audit-filter";
import { CopyButton } from "@/components/ui/copy-button";
import { AuditEventFacts } from "./audit-event-facts";
import { useAuditEvent } from "./use-audit-event";

type Props = { id: string; filter: AuditFilter; onClose: () => void };

/** The raw record of one event beside the table; Esc or the close button closes it. */
export function AuditEventDrawer({ id, filter, onClose }: Props) {
  const event = useAuditEvent(id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [id, onClose]);

  const record = event.data;
  const json = record ? JSON.stringify(record.raw, null, 2) : "";
  // a "filtered view" keeps the time range and widens to everything else about this one thing
  const range = { range: filter.range, from: filter.from, until: filter.until };
  return (
    <aside
      role="dialog"
      aria-labelledby="audit-event-title"
      data-testid="audit-event-drawer"
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-2xl flex-col border-l border-border bg-surface shadow-2xl"
    >
      <header className="flex items-start justify-between gap-3 border-b border-border px-5 py-4">
        <div className="min-w-0">
          <h2 id="audit-event-title" ref={headingRef} tabIndex={-1} className="truncate text-base font-semibold focus:outline-none">
            {record ? record.eventName : "Event"}
          </h2>
          <p className="mt-0.5 truncate font-mono text-xs text-muted">{id}</p>
        </div>
        <button type="button" onClick={onClose} className="rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-fg" aria-label="Close (Esc)" title="Close (Esc)">
          <X className="size-5" aria-hidden />
        </button>
      </header>
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-4">
        {event.isPending ? <p className="text-sm text-muted">Loading the record…</p> : null}
        {event.isError ? (
          <p role="alert" className="text-sm text-danger">
            Could not load this event: {event.error.message}
          </p>
        ) : null}
        {record ? (
          <>
            <AuditEventFacts record={record} />
            <nav aria-label="Filtered views" className="flex flex-wrap gap-2 text-sm">
              {record.principalArn ? <FilterLink href={auditHref({ ...range, principal: record.principalArn })}>Same principal</FilterLink> : null}
              {record.keyArn ? <FilterLink href={auditHref({ ...range, key: record.keyArn })}>Same key</FilterLink> : null}
              <FilterLink href={auditHref({ ...range, eventName: record.eventName })}>Same event name</FilterLink>
              {record.errorCode && record.keyArn ? <FilterLink href={auditHref({ ...range, key: record.keyArn, errorsOnly: true })}>This key&apos;s errors</FilterLink> : null}
            </nav>
            <section aria-labelledby="raw-record-heading">
              <div className="mb-2 flex items-center justify-between">
                <h3 id="raw-record-heading" className="text-sm font-semibold">
                  Raw CloudTrail record
                </h3>
                <CopyButton text={json} label="Copy JSON" />
              </div>
              <pre data-testid="audit-raw-json" className="max-h-[28rem] overflow-auto rounded-md border border-border bg-surface-2 p-3 font-mono text-xs leading-relaxed">
                {json}
              </pre>
            </section>
          </>
        ) : null}
      </div>
    </aside>
  );
}

function FilterLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="rounded-md border border-border px-2.5 py-1 font-medium text-accent hover:bg-surface-2">
      {children}
    </Link>
  );
}
