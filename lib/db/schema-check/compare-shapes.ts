import type { DatabaseShape, ForeignKeyShape, IndexShape, TableShape } from "./shape";

const indexKey = (i: IndexShape) => `${i.kind} (${i.columns.join(", ")})`;
const foreignKeyKey = (f: ForeignKeyShape) => `(${f.columns.join(", ")}) → ${f.references}(${f.referencedColumns.join(", ")}) ON DELETE ${f.onDelete}`;

function compareNamed<T extends { name: string }>(table: string, what: string, expected: T[], actual: T[], key: (x: T) => string): string[] {
  const out: string[] = [];
  const actualByKey = new Map(actual.map((x) => [key(x), x]));
  const expectedKeys = new Set(expected.map(key));
  for (const e of expected) {
    const a = actualByKey.get(key(e));
    if (!a) out.push(`${table}: ${what} ${e.name} ${key(e)} is missing from the database`);
    else if (a.name !== e.name) out.push(`${table}: ${what} ${key(e)} is named ${a.name}, schema.prisma expects ${e.name}`);
  }
  for (const a of actual) if (!expectedKeys.has(key(a))) out.push(`${table}: ${what} ${a.name} ${key(a)} is not in schema.prisma`);
  return out;
}

function compareTable(name: string, expected: TableShape, actual: TableShape): string[] {
  const out: string[] = [];
  for (const [column, e] of Object.entries(expected.columns)) {
    const a = actual.columns[column];
    if (!a) out.push(`${name}.${column}: column is missing from the database`);
    else {
      if (a.type !== e.type) out.push(`${name}.${column}: type is ${a.type}, schema.prisma says ${e.type}`);
      if (a.nullable !== e.nullable) out.push(`${name}.${column}: is ${a.nullable ? "nullable" : "NOT NULL"}, schema.prisma says ${e.nullable ? "nullable" : "NOT NULL"}`);
    }
  }
  for (const column of Object.keys(actual.columns)) {
    if (!(column in expected.columns)) out.push(`${name}.${column}: column is not in schema.prisma`);
  }
  out.push(...compareNamed(name, "index", expected.indexes, actual.indexes, indexKey));
  out.push(...compareNamed(name, "foreign key", expected.foreignKeys, actual.foreignKeys, foreignKeyKey));
  return out;
}

/** Every difference, one readable line each; empty when the database matches. */
export function compareShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const out: string[] = [];
  for (const [name, table] of Object.entries(expected.tables)) {
    const found = actual.tables[name];
    if (!found) out.push(`${name}: table is missing from the database`);
    else out.push(...compareTable(name, table, found));
  }
  for (const name of Object.keys(actual.tables)) {
    if (!(name in expected.tables)) out.push(`${name}: table is not in schema.prisma`);
  }
  for (const [name, labels] of Object.entries(expected.enums)) {
    const found = actual.enums[name];
    if (!found) out.push(`enum ${name} is missing from the database`);
    else if (found.join(",") !== labels.join(",")) out.push(`enum ${name} has (${found.join(", ")}), schema.prisma says (${labels.join(", ")})`);
  }
  for (const name of Object.keys(actual.enums)) {
    if (!(name in expected.enums)) out.push(`enum ${name} is not in schema.prisma`);
  }
  return out;
}
