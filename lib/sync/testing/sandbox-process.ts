import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";

export type SandboxProcess = { url: string; pid: number; stop(): Promise<void> };

const READY = /Sandbox ready at (http:\/\/\S+)/;

/** The sandbox in its own process (its CPU and memory apart from the sync's), via `npm run sandbox`'s entry. */
export async function startSandboxProcess(args: readonly string[]): Promise<SandboxProcess> {
  const tsx = createRequire(path.join(process.cwd(), "package.json")).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, "sandbox/cli.ts", "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const m = READY.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the sandbox exited before it was ready (exit ${code}): ${seen.slice(-500)}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
