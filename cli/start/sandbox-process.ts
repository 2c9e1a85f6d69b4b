import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Config } from "@/lib/config";

/** The sandbox's documented demo credentials (AWS's example key pair, a user in its home account). */
const SANDBOX_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  AWS_REGION: "us-east-1",
};

type FleetAccounts = { accounts: { accountId: string; roleArn: string | null }[]; regions: string[] };

/**
 * The environment that points Keywarden at a running sandbox: its endpoint, credentials, and,
 * unless the user chose their own, the fleet's member-account roles and regions.
 */
export async function sandboxEnvironment(url: string, config: Config): Promise<Record<string, string>> {
  const res = await fetch(`${url}/_sandbox/accounts`);
  if (!res.ok) throw new Error(`the sandbox did not list its accounts (HTTP ${res.status})`);
  const fleet = (await res.json()) as FleetAccounts;
  const env: Record<string, string> = { AWS_ENDPOINT_URL: url, KEYWARDEN_SANDBOX: "on", ...SANDBOX_CREDENTIALS };
  if (config.aws.accountRoles.length === 0) {
    env.KEYWARDEN_ACCOUNT_ROLES = fleet.accounts.flatMap((a) => (a.roleArn ? [a.roleArn] : [])).join(",");
  }
  if (config.aws.regions.length === 0) env.KEYWARDEN_REGIONS = fleet.regions.join(",");
  return env;
}

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
