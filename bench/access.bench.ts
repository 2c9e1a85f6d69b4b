// `npm run bench -- access [--keys 100000] [--runs 3]`: the access model over a generated fleet's
// key policies (as text, so parsing counts) and grants. Target: 100,000 keys in under 10 s.
import os from "node:os";
import { analyseKeyAccess, FLAG_ORDER, type Flag } from "@/lib/access";
import type { Bench } from "./cli";
import { ACCOUNTS, keyAccessMix, ORG_ID } from "./access/key-access-mix";

const TARGET_SECONDS = 10;

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

const bench: Bench = async (args) => {
  const keys = flag(args, "keys", 100_000);
  const runs = flag(args, "runs", 3);
  const t0 = performance.now();
  const cases = keyAccessMix(keys);
  const generatedMs = performance.now() - t0;
  const grants = cases.reduce((n, c) => n + c.grants.length, 0);
  const context = { inventoriedAccounts: ACCOUNTS, trustedAccounts: [], orgId: ORG_ID };
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const counts = new Map<Flag | "invalid", number>();
  let edges = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const c of cases) {
      const report = analyseKeyAccess(c, { ...context, keyArn: c.keyArn });
      if (run > 0) continue;
      edges += report.edges.length;
      if (!report.valid) counts.set("invalid", (counts.get("invalid") ?? 0) + 1);
      for (const f of report.flags) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    seconds.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds.push((used.user + used.system) / 1e6);
  }
  const worst = Math.max(...seconds);
  // The machine is shared: its load says how much of a core the passes had.
  const load = os.loadavg().map((l) => Math.round(l * 10) / 10);
  const passed = worst < TARGET_SECONDS;
  const perKeyUs = (worst / keys) * 1e6;
  return {
    name: "access",
    passed,
    summary: [
      `${keys} keys, ${grants} grants (generated in ${(generatedMs / 1000).toFixed(1)} s, not timed); target < ${TARGET_SECONDS} s per pass`,
      `${passed ? "ok  " : "slow"} ${seconds.map((s) => `${s.toFixed(2)} s`).join(", ")} over ${runs} passes; slowest ${worst.toFixed(2)} s = ${perKeyUs.toFixed(1)} µs per key`,
      `CPU time of this process per pass: ${cpuSeconds.map((s) => `${s.toFixed(2)} s`).join(", ")} (wall time above includes waiting for a CPU)`,
      `load average ${load.join(", ")} on ${os.cpus().length} CPUs at the end`,
      `${edges} edges; keys flagged: ${[...FLAG_ORDER, "invalid" as const].map((f) => `${f} ${counts.get(f) ?? 0}`).join(", ")}`,
    ],
    figures: { keys, grants, edges, runs, seconds, cpuSeconds, slowestSeconds: worst, microsecondsPerKey: perKeyUs, loadAverage: load, flagged: Object.fromEntries(counts) },
  };
};

export default bench;
