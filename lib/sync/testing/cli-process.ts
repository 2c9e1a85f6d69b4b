import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** Peak resident memory (VmHWM) of a process and its descendants, in bytes; 0 once they are gone. */
function peakRss(pid: number): number {
  let peak = 0;
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    peak = kb ? Number(kb[1]) * 1024 : 0;
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      peak = Math.max(peak, peakRss(Number(child)));
    }
  } catch {
    // the process ended between two reads
  }
  return peak;
}

export type CliRun = { code: number; output: string; peakRssBytes: number };

/** Runs `npm run <script> -- args` as a user would, and watches the peak memory of the process tree. */
export async function runNpmScript(script: string, args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 200);
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  clearInterval(timer);
  return { code, output, peakRssBytes: peak };
}
