// The orders the keys table offers. Each is backed by an index on (column, arn) or (column), and
// ties are broken by the ARN so that the keyset cursor is stable.

export const KEY_SORTS = {
  alias: { label: "Alias", column: "primaryAlias", type: "text", nullable: true, defaultDir: "asc" },
  keyId: { label: "Key id", column: "keyId", type: "text", nullable: false, defaultDir: "asc" },
  created: { label: "Created", column: "creationDate", type: "time", nullable: false, defaultDir: "desc" },
  lastUsed: { label: "Last used", column: "lastUsedAt", type: "time", nullable: true, defaultDir: "desc" },
  deletion: { label: "Deletion date", column: "deletionDate", type: "time", nullable: true, defaultDir: "asc" },
} as const;

export type KeySort = keyof typeof KEY_SORTS;
export type SortDir = "asc" | "desc";

export const KEY_SORT_NAMES = ["alias", "keyId", "created", "lastUsed", "deletion"] as const satisfies readonly KeySort[];
export const DEFAULT_SORT: KeySort = "alias";
