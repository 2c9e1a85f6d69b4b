import Link from "next/link";
import type { KeyRow } from "@/lib/queries/keys/key-row";
import { KeyStateBadge } from "../key-state-badge";
import { keyHref } from "../key-links";
import { formatDate } from "@/components/ui/format";
import type { DataColumn } from "@/components/tables/data-column";
import { KeyLastUsedCell, KeyRotationCell, KeyTagsCell } from "./key-cells";
import { SparklineCell } from "./sparkline-cell";

const small = (text: string) => <span className="truncate text-xs text-muted">{text}</span>;

// The columns a security engineer reads first, in that order. Sortable ids are the URL's sort names.
export const KEY_COLUMNS: DataColumn<KeyRow>[] = [
  {
    id: "alias",
    header: "Alias",
    width: "330px",
    sticky: true,
    hideable: false,
    sortable: true,
    cell: (r) => (
      <span className="flex min-w-0 items-center gap-1.5">
        <Link href={keyHref(r.arn)} tabIndex={-1} className="truncate font-medium text-fg hover:text-accent hover:underline" title={r.aliases.join("\n") || r.keyId}>
          {r.aliases[0] ?? <span className="font-normal italic text-muted">no alias</span>}
        </Link>
        {r.aliases.length > 1 ? <span className="shrink-0 text-xs text-muted">+{r.aliases.length - 1}</span> : null}
      </span>
    ),
  },
  {
    id: "keyId",
    header: "Key id",
    width: "300px",
    sortable: true,
    cell: (r) => (
      <span className="flex min-w-0 flex-col">
        <span className="truncate font-mono text-xs" title={r.keyId}>
          {r.keyId}
        </span>
        {r.multiRegionKeyType ? small(`Multi-Region ${r.multiRegionKeyType.toLowerCase()}`) : null}
      </span>
    ),
  },
  {
    id: "account",
    header: "Account",
    width: "140px",
    cell: (r) => (
      <span className="flex min-w-0 flex-col">
        <span className="font-mono text-xs">{r.accountId}</span>
        {r.accountName ? small(r.accountName) : null}
      </span>
    ),
  },
  { id: "region", header: "Region", width: "140px", cell: (r) => r.region },
  { id: "manager", header: "Manager", width: "100px", cell: (r) => r.keyManager },
  { id: "spec", header: "Spec", width: "170px", cell: (r) => r.keySpec },
  { id: "usage", header: "Usage", width: "170px", cell: (r) => r.keyUsage },
  { id: "origin", header: "Origin", width: "150px", cell: (r) => r.origin },
  { id: "state", header: "State", width: "200px", cell: (r) => <KeyStateBadge state={r.keyState} deletionDate={r.deletionDate} /> },
  { id: "rotation", header: "Rotation", width: "110px", cell: (r) => <KeyRotationCell rotation={r.rotation} /> },
  { id: "created", header: "Created", width: "110px", sortable: true, cell: (r) => formatDate(r.creationDate) },
  { id: "deletion", header: "Deletion date", width: "130px", sortable: true, cell: (r) => formatDate(r.deletionDate) },
  { id: "lastUsed", header: "Last used", width: "110px", sortable: true, cell: (r) => <KeyLastUsedCell row={r} /> },
  { id: "calls", header: "Calls, 14 days", width: "150px", cell: (r) => <SparklineCell arn={r.arn} /> },
  { id: "tags", header: "Tags", width: "minmax(260px, 1fr)", cell: (r) => <KeyTagsCell tags={r.tags} /> },
];

export const KEY_COLUMN_IDS = KEY_COLUMNS.map((c) => c.id);
