import Link from "next/link";
import type { AuditEventRow } from "@/lib/queries/audit-events/audit-row";
import { keyHref } from "@/components/keys/key-links";
import type { DataColumn } from "@/components/tables/data-column";
import { Badge } from "@/components/ui/badge";
import { keyLabel, principalLabel } from "./audit-labels";

const pad = (n: number) => String(n).padStart(2, "0");
/** UTC to the second, as CloudTrail records it. */
export function eventTimeText(iso: string): string {
  const d = new Date(iso);
  return `${iso.slice(0, 10)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

// Widths: fixed for the short columns, shares of the rest for the names.
export const AUDIT_COLUMNS: DataColumn<AuditEventRow>[] = [
  { id: "time", header: "Time (UTC)", width: "150px", hideable: false, cell: (r) => <span className="font-mono text-xs tabular-nums">{eventTimeText(r.eventTime)}</span> },
  { id: "event", header: "Event", width: "minmax(170px, 0.8fr)", cell: (r) => <span className="truncate font-medium" title={r.eventName}>{r.eventName}</span> },
  {
    id: "error",
    header: "Error",
    width: "200px",
    cell: (r) =>
      r.errorCode ? (
        <Badge tone="danger" className="max-w-full" title={r.errorMessage ?? r.errorCode} data-testid="event-error">
          <span className="truncate">{r.errorCode}</span>
        </Badge>
      ) : null,
  },
  {
    id: "key",
    header: "Key",
    width: "minmax(180px, 1fr)",
    cell: (r) =>
      r.keyArn ? (
        <Link href={keyHref(r.keyArn)} tabIndex={-1} className="truncate text-fg hover:text-accent hover:underline" title={r.keyArn} data-testid="event-key-link">
          {keyLabel(r.keyArn, r.keyAlias)}
        </Link>
      ) : (
        <span className="text-muted">—</span>
      ),
  },
  {
    id: "principal",
    header: "Principal",
    width: "minmax(220px, 1.5fr)",
    cell: (r) => (
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="truncate" title={r.principalArn ?? r.invokedBy ?? undefined}>
          {principalLabel(r.principalArn, r.invokedBy)}
        </span>
        {r.principalArn && r.invokedBy ? <span className="truncate text-xs text-muted">via {r.invokedBy}</span> : null}
      </span>
    ),
  },
  {
    id: "where",
    header: "Account · Region",
    width: "140px",
    cell: (r) => (
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="font-mono text-xs">{r.accountId}</span>
        <span className="text-xs text-muted">{r.region}</span>
      </span>
    ),
  },
  { id: "access", header: "Access", width: "72px", cell: (r) => <span className="text-xs text-muted">{r.readOnly === null ? "—" : r.readOnly ? "Read" : "Write"}</span> },
];

export const AUDIT_COLUMN_IDS = AUDIT_COLUMNS.map((c) => c.id);
