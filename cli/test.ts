// `npm test`: lint, type check, unit tests, database tests (PGlite, and the server when
// DATABASE_URL is set), a production build, then end-to-end tests in Debian's Chromium.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ConfigError, getConfig } from "@/lib/config";
import { failureSummary, unhandledErrorCount } from "./failure-summary";

type Step = { name: string; cmd: string[]; report?: string; needsNode?: number };

const RESULTS = "test-results";
const steps: Step[] = [
  { name: "lint", cmd: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "typecheck", cmd: ["npx", "tsc", "--noEmit"] },
  { name: "unit", cmd: ["npx", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/unit.json`], report: `${RESULTS}/unit.json` },
  // Stryker on one small folder: the mutation tooling itself keeps working (npm run mutation for the rest).
  { name: "mutation", cmd: ["npx", "tsx", "cli/mutation.ts", "--no-record", "--min-score", "100", "bench/mutation"], needsNode: 22 },
  { name: "database", cmd: ["npx", "vitest", "run", "--project", "db", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/db.json`], report: `${RESULTS}/db.json` },
  { name: "build", cmd: ["npx", "next", "build"] },
  { name: "e2e", cmd: ["npx", "playwright", "test"], report: `${RESULTS}/e2e.json` },
];

function counts(report: string): { passed: number; failed: number; skipped: number } {
  if (!existsSync(report)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(report, "utf8"));
  if ("numPassedTests" in r) return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const TAIL_BYTES = 4 * 1024 * 1024;

/** Runs a step with its output shown as it comes, keeping the last few MB to explain a failure. */
function run(step: Step): Promise<{ status: number; log: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: step.name === "build" ? ("production" as const) : ("test" as const) };
    const child = spawn(step.cmd[0]!, step.cmd.slice(1), { stdio: ["inherit", "pipe", "pipe"], env });
    let log = "";
    const keep = (chunk: Buffer, out: NodeJS.WriteStream) => {
      out.write(chunk);
      log += chunk.toString("utf8");
      if (log.length > TAIL_BYTES) log = log.slice(-TAIL_BYTES / 2);
    };
    child.stdout.on("data", (c: Buffer) => keep(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => keep(c, process.stderr));
    child.on("close", (code) => resolve({ status: code ?? 1, log }));
  });
}

async function main() {
  try {
    const config = getConfig();
    if (!existsSync(config.chromiumPath)) {
      console.error(`Chromium not found at ${config.chromiumPath}: run "apt-get install -y chromium" (or set KEYWARDEN_CHROMIUM), then npm test again.`);
      process.exit(1);
    }
    console.log(`Database tests run on PGlite${config.databaseUrl ? " and on the server in DATABASE_URL" : " (set DATABASE_URL to also run them on a Postgres server)"}.`);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const total = { passed: 0, failed: 0, skipped: 0 };
  const timings: string[] = [];
  for (const step of steps) {
    if (step.needsNode && Number(process.versions.node.split(".")[0]) < step.needsNode) {
      console.log(`\n▷ ${step.name} skipped: it needs Node ${step.needsNode}, this is ${process.version} (CI runs Node 22)`);
      total.skipped += 1;
      continue;
    }
    const started = Date.now();
    console.log(`\n▶ ${step.name}`);
    const { status, log } = await run(step);
    timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(0)}s`);
    if (step.report) {
      const c = counts(step.report);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
      total.failed += unhandledErrorCount(log);
    }
    if (status !== 0) {
      if (!step.report) total.failed += 1;
      const why = failureSummary(log);
      console.error(`\n✗ ${step.name} failed; later steps were not run.${why.length > 0 ? `\n${why.join("\n")}` : ""}`);
      console.log(`\n${timings.join(", ")}\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
      process.exit(1);
    }
  }
  console.log(`\n${timings.join(", ")}\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}

void main();
