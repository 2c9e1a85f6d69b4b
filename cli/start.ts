// `npm start`: build if needed, open the database (embedded unless DATABASE_URL is set), apply
// migrations, start the sandbox when no AWS account is configured, then serve the app.
import "./allow-server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, parseConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { privateDir } from "@/lib/db/embedded/private-dir";
import { createAwsAccess } from "@/lib/aws";
import { sharedLookupQuota, startAuditSchedule } from "@/lib/audit";
import { startSyncWorker } from "@/lib/sync";
import { ensureBuild } from "./start/ensure-build";
import { portIsFree } from "./start/port";
import { sandboxEnvironment, startSandboxProcess } from "./start/sandbox-process";
import { prepareDatabase } from "./start/prepare-database";

const root = path.resolve(__dirname, "..");
const children: ChildProcess[] = [];
let release: (() => Promise<void>) | undefined;
const stoppers: (() => Promise<void>)[] = [];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** In demo mode next-auth is not mounted, but a stable secret keeps any future cookies valid. */
function demoSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function shutdown(code: number) {
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(stoppers.map((stop) => stop().catch(() => undefined)));
  await release?.().catch(() => undefined);
  process.exit(code);
}

async function main() {
  let config;
  try {
    config = getConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const host = "127.0.0.1";
  if (!(await portIsFree(config.port, host))) fail(`Port ${config.port} is already in use: stop the other server or set PORT.`);
  const dataDir = path.resolve(root, config.dataDir);
  privateDir(dataDir);

  await ensureBuild(root);
  const db = await prepareDatabase(config);
  release = db.release;
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    KEYWARDEN_EMBEDDED_DATABASE: db.embedded ? "1" : "0",
    PORT: String(config.port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!config.auth.secret) env.NEXTAUTH_SECRET = demoSecret(dataDir);
  if (config.sandbox === "on") {
    const sandbox = await startSandboxProcess(root, dataDir);
    if (sandbox) {
      children.push(sandbox.child);
      Object.assign(env, await sandboxEnvironment(sandbox.url, config));
      console.log(`Sandbox (demo fleet) at ${sandbox.url}`);
    }
  }

  // The worker runs syncs queued by the app and the schedule, in this process, with the same
  // AWS settings the app sees. The audit schedule runs beside it on the same AwsAccess, so the
  // sync's incremental lookups and the ingestion share LookupEvents' quota buckets.
  if (config.sandbox === "on" && !config.audit.trailDir) env.KEYWARDEN_TRAIL_DIR = path.join(dataDir, "sandbox", "trail");
  const workerConfig = parseConfig({ ...process.env, ...env });
  const credentials = env.AWS_ACCESS_KEY_ID
    ? async () => ({ accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! })
    : undefined;
  const aws = createAwsAccess({ config: workerConfig.aws, credentials, quotaOverrides: sharedLookupQuota(workerConfig) });
  const log = (line: string) => console.log(line);
  const worker = await startSyncWorker(getPrisma(), workerConfig, { aws, log });
  const audit = await startAuditSchedule({ prisma: getPrisma(), url: db.url }, workerConfig, { aws, log });
  stoppers.push(async () => {
    await Promise.all([audit.stop(), worker.stop()]);
    aws.close();
  });

  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(config.port), "-H", host], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  children.push(next);
  next.on("exit", (code) => void shutdown(code ?? 1));
  console.log(`Keywarden: http://localhost:${config.port}${config.auth.demoMode ? " (demo mode: pick a demo person to sign in)" : ""}`);
}

main().catch((e: unknown) => {
  console.error(`Keywarden could not start: ${e instanceof Error ? e.message : String(e)}`);
  void shutdown(1);
});
