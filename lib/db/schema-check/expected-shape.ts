import type { ColumnShape, DatabaseShape, ForeignKeyShape, IndexShape, TableShape } from "./shape";

// The subset of Prisma's DMMF (getDMMF().datamodel) this reads.
export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: readonly [string, readonly string[]] | null;
  relationFromFields?: readonly string[];
  relationToFields?: readonly string[];
  relationOnDelete?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: readonly DmmfField[] };
export type DmmfIndex = {
  model: string;
  type: "id" | "normal" | "unique" | "fulltext";
  dbName?: string | null;
  fields: readonly { name: string; sortOrder?: "asc" | "desc" | null }[];
};
export type DmmfDatamodel = {
  models: readonly DmmfModel[];
  enums: readonly { name: string; dbName?: string | null; values: readonly { name: string; dbName?: string | null }[] }[];
  indexes: readonly DmmfIndex[];
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Uuid: () => "uuid",
  Text: () => "text",
  VarChar: (a) => (a[0] ? `character varying(${a[0]})` : "character varying"),
  Char: (a) => `character(${a[0] ?? 1})`,
  Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  Timestamp: (a) => `timestamp(${a[0] ?? 6}) without time zone`,
  Date: () => "date",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  JsonB: () => "jsonb",
  Json: () => "json",
  Inet: () => "inet",
};

// Postgres limits identifiers to 63 bytes; Prisma shortens the table_columns part of default names.
function defaultName(table: string, columns: string[], suffix: string): string {
  const base = `${table}_${columns.join("_")}`;
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

function quoteIfNeeded(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function columnType(field: DmmfField, enumDbNames: Map<string, string>): string {
  let type: string;
  if (field.kind === "enum") type = quoteIfNeeded(enumDbNames.get(field.type) ?? field.type);
  else if (field.nativeType) {
    const [native, args] = field.nativeType;
    const render = NATIVE_TYPES[native];
    if (!render) throw new Error(`The schema check does not know @db.${native} yet (field ${field.name}): add it to expected-shape.ts.`);
    type = render(args);
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`The schema check does not know the Prisma type ${field.type} (field ${field.name}).`);
    type = scalar;
  }
  return field.isList ? `${type}[]` : type;
}

/** What migrating to this datamodel must produce in Postgres, with Prisma's default names. */
export function expectedShape(datamodel: DmmfDatamodel): DatabaseShape {
  const enumDbNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: string) => models.get(model)?.dbName ?? model;
  const columnOf = (model: string, field: string) => {
    const f = models.get(model)?.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };
  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    const table = tableOf(model.name);
    const columns: Record<string, ColumnShape> = {};
    const foreignKeys: ForeignKeyShape[] = [];
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        // Prisma creates scalar lists without NOT NULL.
        columns[field.dbName ?? field.name] = { type: columnType(field, enumDbNames), nullable: field.isList || !field.isRequired };
      }
      if (field.kind === "object" && field.relationFromFields?.length) {
        const cols = field.relationFromFields.map((f) => columnOf(model.name, f));
        foreignKeys.push({
          name: defaultName(table, cols, "fkey"),
          columns: cols,
          references: tableOf(field.type),
          referencedColumns: (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
          onDelete: onDeleteOf(field),
        });
      }
    }
    tables[table] = { columns, indexes: [], foreignKeys };
  }
  for (const index of datamodel.indexes) {
    const table = tableOf(index.model);
    const names = index.fields.map((f) => columnOf(index.model, f.name));
    const kind: IndexShape["kind"] = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    const name = index.dbName ?? (kind === "primary" ? `${table}_pkey` : defaultName(table, names, kind === "unique" ? "key" : "idx"));
    const columns = index.fields.map((f, i) => (f.sortOrder === "desc" ? `${names[i]} DESC` : names[i]!));
    tables[table]!.indexes.push({ name, kind, columns });
  }
  const enums = Object.fromEntries(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
  return { tables, enums };
}

function onDeleteOf(field: DmmfField): ForeignKeyShape["onDelete"] {
  const action = field.relationOnDelete;
  if (!action) return field.isRequired ? "RESTRICT" : "SET NULL";
  const map: Record<string, ForeignKeyShape["onDelete"]> = { Cascade: "CASCADE", SetNull: "SET NULL", Restrict: "RESTRICT", NoAction: "NO ACTION", SetDefault: "SET DEFAULT" };
  return map[action] ?? "NO ACTION";
}
