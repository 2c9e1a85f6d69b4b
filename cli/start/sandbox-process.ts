import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/** The sandbox's documented demo credentials (sandbox/README.md): they act in its first account. */
export const SANDBOX_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIAKEYWARDENDEMO001",
  AWS_SECRET_ACCESS_KEY: "keywarden-sandbox-demo-secret",
  AWS_REGION: "us-east-1",
};

export type SandboxProcess = { url: string; child: ChildProcess };

const READY = /Sandbox ready at (http:\/\/\S+)/;

/** Starts the local KMS/CloudTrail sandbox with the demo fleet, its state kept under dataDir. */
export function startSandboxProcess(root: string, dataDir: string): Promise<SandboxProcess | null> {
  const cli = path.join(root, "sandbox", "cli.ts");
  if (!existsSync(cli)) return Promise.resolve(null);
  const dir = path.join(dataDir, "sandbox");
  mkdirSync(dir, { recursive: true });
  const args = ["--port", "0", "--fleet", "demo", "--state", path.join(dir, "state.json"), "--trail-dir", path.join(dir, "trail")];
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), cli, ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = READY.exec(buffered);
      if (!match) return;
      child.stdout!.off("data", onData);
      child.stdout!.on("data", (c: Buffer) => process.stdout.write(`[sandbox] ${c}`));
      resolve({ url: match[1]!, child });
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the sandbox exited before it was ready (exit ${code})`)));
  });
}
