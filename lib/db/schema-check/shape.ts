// The parts of a database schema the schema-match check compares, keyed by table and column names.

export type ColumnShape = {
  /** As Postgres' format_type() prints it, e.g. "timestamp(3) with time zone", "text[]", "\"Role\"". */
  type: string;
  nullable: boolean;
};

export type IndexShape = {
  name: string;
  kind: "primary" | "unique" | "index";
  /** Column names in index order, with " DESC" for descending ones. */
  columns: string[];
};

export type ForeignKeyShape = {
  name: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: "CASCADE" | "SET NULL" | "RESTRICT" | "NO ACTION" | "SET DEFAULT";
};

export type TableShape = {
  columns: Record<string, ColumnShape>;
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
};

export type DatabaseShape = {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
};
