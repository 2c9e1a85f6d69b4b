"use client";

import { useCallback } from "react";
import { auditFilterToSearchParams, type AuditFilter } from "@/lib/filters/audit-filter";
import type { AuditFilterOptions } from "@/lib/queries/audit-events/audit-filter-options";
import type { AuditEventPage } from "@/lib/queries/audit-events/audit-row";
import { KeyExportLinks } from "@/components/keys/key-export-links";
import { ColumnMenu } from "@/components/tables/column-menu";
import { useColumnVisibility } from "@/components/tables/use-column-visibility";
import { AUDIT_COLUMN_IDS, AUDIT_COLUMNS } from "./audit-columns";
import { AuditEventDrawer } from "./audit-event-drawer";
import { AuditFilterBar } from "./audit-filter-bar";
import { AuditTable } from "./audit-table";
import { NoMatchingEvents } from "./no-matching-events";
import { useAuditNavigation } from "./use-audit-navigation";

type Props = { filter: AuditFilter; options: AuditFilterOptions; initialPage: AuditEventPage; now: string; canExport: boolean };

/** The filter bar, the exports, the events table and the open event's drawer, all driven by the URL. */
export function AuditExplorer({ filter, options, initialPage, now, canExport }: Props) {
  const nav = useAuditNavigation(filter);
  const query = auditFilterToSearchParams(filter).toString();
  const { openEvent } = nav;
  const close = useCallback(() => {
    const id = nav.eventId;
    openEvent(null);
    // back to the row the drawer was opened from, for keyboard users
    if (id) document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }, [nav.eventId, openEvent]);
  const empty = initialPage.rows.length === 0;
  const columns = useColumnVisibility("audit", AUDIT_COLUMN_IDS);
  return (
    <section aria-labelledby="audit-table-heading" className="space-y-4">
      <AuditFilterBar filter={filter} options={options} onChange={nav.apply} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="audit-table-heading" className="text-sm font-semibold">
          Events, newest first
          {nav.pending ? <span className="ml-2 font-normal text-muted">Updating…</span> : null}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {canExport && !empty ? <KeyExportLinks query={query} endpoint="/api/audit/export" label="Export the filtered events" /> : null}
          {empty ? null : <ColumnMenu columns={AUDIT_COLUMNS} visibility={columns.visibility} onToggle={columns.toggle} onReset={columns.reset} />}
        </div>
      </div>
      {empty ? (
        <NoMatchingEvents filter={filter} />
      ) : (
        <AuditTable key={`${query}|${now}`} query={query} now={now} initialPage={initialPage} pending={nav.pending} openId={nav.eventId} onOpen={openEvent} columnVisibility={columns.visibility} />
      )}
      {nav.eventId ? <AuditEventDrawer key={nav.eventId} id={nav.eventId} filter={filter} onClose={close} /> : null}
    </section>
  );
}
