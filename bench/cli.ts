// `npm run bench -- <name> [args]` runs bench/<name>.bench.ts and records its result in
// bench/results/<name>.json (latest) and bench/results/history/<name>-<timestamp>.json.
import "@/cli/allow-server-only";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";

export type BenchResult = { name: string; passed: boolean; summary: string[]; figures: Record<string, unknown> };
export type Bench = (args: string[]) => Promise<BenchResult>;

const dir = path.dirname(new URL(import.meta.url).pathname);

function available(): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .map((f) => f.replace(/\.bench\.ts$/, ""))
    .sort();
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const names = available();
  if (!name || !names.includes(name)) {
    console.error(`usage: npm run bench -- <${names.join("|")}> [options]`);
    process.exit(2);
  }
  const mod = (await import(path.join(dir, `${name}.bench.ts`))) as { default: Bench };
  const result = await mod.default(args);
  const record = {
    ...result,
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  };
  const results = path.join(dir, "results");
  mkdirSync(path.join(results, "history"), { recursive: true });
  const json = JSON.stringify(record, null, 2) + "\n";
  writeFileSync(path.join(results, `${name}.json`), json);
  writeFileSync(path.join(results, "history", `${name}-${record.at.replace(/[:.]/g, "-")}.json`), json);
  console.log(`\n${name}: ${result.passed ? "PASS" : "FAIL"}`);
  for (const line of result.summary) console.log(`  ${line}`);
  process.exit(result.passed ? 0 : 1);
}

void main();
