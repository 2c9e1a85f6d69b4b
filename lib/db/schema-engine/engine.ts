import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { schemaEngineAdapter } from "./char-columns";

// Prisma's WASM schema engine, which ships on npm, in place of the native binary `prisma migrate`
// would download (see DESIGN.md, "Working here without internet").

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const panics = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
let lastPanic = "";
panics.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => void (lastPanic = message) };

let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  return (engineModule ??= (async () => {
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const jsFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(jsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return runtime;
  })());
}

export type SchemaDiff = {
  /** SQL that takes the database to the schema ("-- This is an empty migration." when none). */
  sql: string;
  empty: boolean;
};

/** Compares the database at `url` with a Prisma schema, as `prisma migrate diff` would. */
export async function diffDatabaseToSchema(url: string, schema: string): Promise<SchemaDiff> {
  const runtime = await loadEngineModule();
  const adapter = schemaEngineAdapter(url);
  const files = [{ path: "schema.prisma", content: schema }];
  let engine: SchemaEngine | undefined;
  try {
    engine = await runtime.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(adapter.factory));
    const from: DiffTarget = { tag: "schemaDatasource", files, configDir: process.cwd() };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { sql: result.stdout ?? "", empty: result.exitCode === 0 };
  } catch (error) {
    if (lastPanic) throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine?.free();
    await adapter.close();
  }
}
