// `npm run mutation -- <folder>…`: mutates each folder's source with Stryker, runs the unit and
// database tests that cover each mutant, prints the score per folder, and records the scores in
// bench/results/mutation.json. Slow (minutes per folder), so not part of npm test.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { moduleScore, type ModuleScore, type MutantStatus } from "@/bench/mutation/mutation-score";

const root = path.resolve(__dirname, "..");
const RESULTS = path.join(root, "bench", "results", "mutation.json");

type Options = { folders: string[]; minScore: number; record: boolean };

function usage(message: string): never {
  console.error(`${message}\nusage: npm run mutation -- [--min-score <0-100>] [--no-record] <folder> [<folder>…]   (for example lib/auth)`);
  process.exit(2);
}

function optionsOf(args: string[]): Options {
  const options: Options = { folders: [], minScore: 0, record: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--no-record") options.record = false;
    else if (arg === "--min-score") {
      const value = Number(args[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 100) usage("--min-score takes a number from 0 to 100.");
      options.minScore = value;
    } else if (arg.startsWith("--")) usage(`Unknown option ${arg}.`);
    else options.folders.push(arg);
  }
  if (options.folders.length === 0) usage("Name at least one folder to mutate.");
  options.folders = foldersOf(options.folders);
  return options;
}

function foldersOf(args: string[]): string[] {
  return args.map((arg) => {
    const folder = path.relative(root, path.resolve(root, arg)).replaceAll(path.sep, "/");
    if (folder.startsWith("..") || !existsSync(path.join(root, folder)) || !statSync(path.join(root, folder)).isDirectory()) {
      usage(`${arg} is not a folder of this project.`);
    }
    return folder;
  });
}

async function mutate(folder: string): Promise<ModuleScore> {
  const { Stryker } = await import("@stryker-mutator/core");
  const stryker = new Stryker({
    mutate: [`${folder}/**/*.{ts,tsx}`, `!${folder}/**/*.test.{ts,tsx}`, `!${folder}/**/testing/**`, `!${folder}/**/fixtures/**`, `!${folder}/**/generated/**`],
    testRunner: "vitest",
    vitest: { configFile: "vitest.mutation.config.mts", related: true },
    checkers: ["typescript"],
    tsconfigFile: "tsconfig.json",
    typescriptChecker: { prioritizePerformanceOverAccuracy: true },
    coverageAnalysis: "perTest",
    ignoreStatic: true,
    concurrency: 2,
    timeoutMS: 20_000,
    reporters: ["progress", "clear-text", "json"],
    jsonReporter: { fileName: `reports/mutation/${folder.replaceAll("/", "-")}.json` },
    tempDirName: ".stryker-tmp",
    // Stryker copies the project into a sandbox: not the local data, builds and recorded results.
    ignorePatterns: [".data", ".next", "reports", "test-results", "playwright-report", "bench/results", "e2e/.auth", ".scratch"],
    plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"],
  });
  const results = await stryker.runMutationTest();
  return moduleScore(results.map((r) => r.status as MutantStatus));
}

function record(scores: Record<string, ModuleScore & { seconds: number }>): void {
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as { modules?: Record<string, unknown> }) : {};
  const modules = { ...previous.modules, ...scores };
  writeFileSync(RESULTS, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, modules }, null, 2)}\n`);
}

async function main() {
  if (Number(process.versions.node.split(".")[0]) < 22) usage(`Stryker needs Node 22 or later; this is Node ${process.versions.node}.`);
  const { folders, minScore, record: keep } = optionsOf(process.argv.slice(2));
  const scores: Record<string, ModuleScore & { seconds: number }> = {};
  for (const folder of folders) {
    const started = Date.now();
    scores[folder] = { ...(await mutate(folder)), seconds: Math.round((Date.now() - started) / 1000) };
  }
  if (keep) record(scores);
  console.log("\nmutation score per folder (timeouts count as killed, uncovered mutants as survived):");
  for (const [folder, s] of Object.entries(scores)) {
    console.log(`  ${folder}: ${s.score}% (killed ${s.killed}, timeout ${s.timeout}, survived ${s.survived}, no coverage ${s.noCoverage}) in ${s.seconds} s`);
  }
  const below = Object.entries(scores).filter(([, s]) => s.score < minScore);
  if (below.length > 0) {
    console.error(`below the minimum score of ${minScore}%: ${below.map(([folder]) => folder).join(", ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
