import type { ClientBase } from "pg";
import type { DatabaseShape, ForeignKeyShape, IndexShape, TableShape } from "./shape";

const IGNORED_TABLES = ["_prisma_migrations"];

const ON_DELETE: Record<string, ForeignKeyShape["onDelete"]> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** Reads tables, columns, indexes, foreign keys and enums of a schema from pg_catalog. */
export async function readDatabaseShape(client: ClientBase, schema = "public"): Promise<DatabaseShape> {
  const tables: Record<string, TableShape> = {};
  const table = (name: string) => (tables[name] ??= { columns: {}, indexes: [], foreignKeys: [] });

  const columns = await client.query<{ table: string; column: string; type: string; not_null: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  for (const r of columns.rows) table(r.table).columns[r.column] = { type: r.type, nullable: !r.not_null };

  const indexes = await client.query<{ table: string; name: string; primary: boolean; unique: boolean; columns: string[] }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique,
            array(SELECT a.attname || CASE WHEN (ix.indoption[k] & 1) = 1 THEN ' DESC' ELSE '' END
                    FROM generate_series(0, ix.indnkeyatts - 1) AS k
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ix.indkey[k]
                   ORDER BY k)::text[] AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1
      ORDER BY t.relname, i.relname`,
    [schema],
  );
  for (const r of indexes.rows) {
    const kind: IndexShape["kind"] = r.primary ? "primary" : r.unique ? "unique" : "index";
    table(r.table).indexes.push({ name: r.name, kind, columns: r.columns });
  }

  const foreignKeys = await client.query<{ table: string; name: string; columns: string[]; references: string; referenced: string[]; on_delete: string }>(
    `SELECT t.relname AS table, con.conname AS name, r.relname AS references, con.confdeltype::text AS on_delete,
            array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, i)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i)::text[] AS columns,
            array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, i)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.i)::text[] AS referenced
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND con.contype = 'f'
      ORDER BY t.relname, con.conname`,
    [schema],
  );
  for (const r of foreignKeys.rows) {
    const onDelete = ON_DELETE[r.on_delete] ?? "NO ACTION";
    table(r.table).foreignKeys.push({ name: r.name, columns: r.columns, references: r.references, referencedColumns: r.referenced, onDelete });
  }

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname ORDER BY t.typname`,
    [schema],
  );
  for (const name of IGNORED_TABLES) delete tables[name];
  return { tables, enums: Object.fromEntries(enums.rows.map((r) => [r.name, r.labels])) };
}
