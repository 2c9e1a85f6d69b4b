import Link from "next/link";
import type { KeyRow } from "@/lib/queries/keys/key-row";
import type { KeySort } from "@/lib/filters/sort-options";
import { KeyStateBadge } from "@/components/keys/key-state-badge";
import { keyHref } from "@/components/keys/key-links";
import { formatDate } from "@/components/ui/format";
import { KeyLastUsedCell, KeyRotationCell, KeyTagsCell } from "./key-cells";
import { SparklineCell } from "./sparkline-cell";

export type KeyColumn = { id: string; header: string; width: number; sort?: KeySort; cell: (row: KeyRow) => React.ReactNode };

const small = (text: string) => <span className="truncate text-xs text-muted">{text}</span>;

// The columns a security engineer reads first, in that order; widths in pixels.
export const KEY_COLUMNS: KeyColumn[] = [
  {
    id: "alias",
    header: "Alias",
    width: 330,
    sort: "alias",
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
    width: 300,
    sort: "keyId",
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
    width: 140,
    cell: (r) => (
      <span className="flex min-w-0 flex-col">
        <span className="font-mono text-xs">{r.accountId}</span>
        {r.accountName ? small(r.accountName) : null}
      </span>
    ),
  },
  { id: "region", header: "Region", width: 140, cell: (r) => r.region },
  { id: "manager", header: "Manager", width: 100, cell: (r) => r.keyManager },
  { id: "spec", header: "Spec", width: 170, cell: (r) => r.keySpec },
  { id: "usage", header: "Usage", width: 170, cell: (r) => r.keyUsage },
  { id: "origin", header: "Origin", width: 150, cell: (r) => r.origin },
  { id: "state", header: "State", width: 200, cell: (r) => <KeyStateBadge state={r.keyState} deletionDate={r.deletionDate} /> },
  { id: "rotation", header: "Rotation", width: 110, cell: (r) => <KeyRotationCell rotation={r.rotation} /> },
  { id: "created", header: "Created", width: 110, sort: "created", cell: (r) => formatDate(r.creationDate) },
  { id: "deletion", header: "Deletion date", width: 130, sort: "deletion", cell: (r) => formatDate(r.deletionDate) },
  { id: "lastUsed", header: "Last used", width: 110, sort: "lastUsed", cell: (r) => <KeyLastUsedCell row={r} /> },
  { id: "calls", header: "Calls, 14 days", width: 150, cell: (r) => <SparklineCell arn={r.arn} /> },
  { id: "tags", header: "Tags", width: 260, cell: (r) => <KeyTagsCell tags={r.tags} /> },
];

export const KEY_GRID_TEMPLATE = KEY_COLUMNS.map((c) => `${c.width}px`).join(" ");
export const KEY_GRID_WIDTH = KEY_COLUMNS.reduce((sum, c) => sum + c.width, 0);
