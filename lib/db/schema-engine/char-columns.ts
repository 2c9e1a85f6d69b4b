import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlMigrationAwareDriverAdapterFactory, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

// The schema engine describes a database through pg_catalog columns of Postgres' one-byte "char"
// type (relkind, contype, ...). @prisma/adapter-pg 7.10 cannot map that type (oid 18) and the
// engine then fails with "Column type 'char' could not be deserialized". Here pg reports those
// columns as text, and the adapter's result says "Character", which is what the engine reads.

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsOf = new WeakMap<unknown[], number[]>();

type Result = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

function recordCharColumns<T>(result: T): T {
  const r = result as Result | undefined;
  const columns: number[] = [];
  r?.fields?.forEach((field, i) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    columns.push(i);
  });
  if (columns.length > 0 && r?.rows) charColumnsOf.set(r.rows, columns);
  return result;
}

class CharAwareClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg's overloads make a typed override impractical: wrap the bound method instead.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    (this as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") args[args.length - 1] = (error: unknown, result: unknown) => callback(error, recordCharColumns(result));
      const out = query(...args);
      return out instanceof Promise ? out.then(recordCharColumns) : out;
    };
  }
}

function patchQueryable<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** A @prisma/adapter-pg factory the WASM schema engine can describe databases through. */
export function schemaEngineAdapter(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 2, Client: CharAwareClient });
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = patchQueryable(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => patchQueryable(await startTransaction(isolationLevel));
    return adapter;
  };
  return { factory, close: () => pool.end() };
}
