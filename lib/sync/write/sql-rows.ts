// Batched writes: the rows travel as one JSON parameter and jsonb_to_recordset turns them into a
// relation, so a batch of any size is one statement on PGlite and on a Postgres server alike.

export type Column = readonly [name: string, type: string];

const quote = (name: string) => `"${name}"`;

function recordset(columns: readonly Column[]): string {
  return `jsonb_to_recordset($1::jsonb) AS r(${columns.map(([n, t]) => `${quote(n)} ${t}`).join(", ")})`;
}

export type InsertOptions = {
  /** Conflict target; rows that conflict update `update` columns (or are skipped when it is empty). */
  conflict?: readonly string[];
  update?: readonly string[];
  /** Extra SQL expressions for columns, e.g. { syncedAt: "$2::timestamptz" }. */
  expressions?: Readonly<Record<string, string>>;
  /** Fields of the JSON rows that only the expressions read. */
  inputs?: readonly Column[];
};

export function insertSql(table: string, columns: readonly Column[], options: InsertOptions = {}): string {
  const expressions = options.expressions ?? {};
  const names = [...columns.map(([n]) => n), ...Object.keys(expressions)];
  const values = [...columns.map(([n]) => `r.${quote(n)}`), ...Object.values(expressions)];
  const from = recordset([...columns, ...(options.inputs ?? [])]);
  let sql = `INSERT INTO ${quote(table)} (${names.map(quote).join(", ")}) SELECT ${values.join(", ")} FROM ${from}`;
  if (options.conflict) {
    const update = options.update ?? [];
    sql += ` ON CONFLICT (${options.conflict.map(quote).join(", ")}) `;
    sql += update.length ? `DO UPDATE SET ${update.map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`).join(", ")}` : "DO NOTHING";
  }
  return sql;
}

/** DELETE of the rows whose `column` is in the text array $1. */
export function deleteWhereInSql(table: string, column: string): string {
  return `DELETE FROM ${quote(table)} WHERE ${quote(column)} = ANY($1::text[])`;
}

/** Under load a write waits its turn for a connection; that is expected, not an error. */
export const WRITE_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

/**
 * Rows per statement for writes that update many keys: triggers on KmsKey compare a statement's
 * old and new rows pairwise (transition tables), which grows with the square of its size.
 */
export const ROWS_PER_STATEMENT = 500;

export function chunked<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
