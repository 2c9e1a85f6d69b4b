import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand } from "@aws-sdk/client-kms";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, describe, expect, it } from "vitest";
import { clientsFor, start } from "./helpers";

const dir = mkdtempSync(path.join(os.tmpdir(), "sandbox-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = path.join(__dirname, "..", "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

describe("--state saves and restores the sandbox across restarts", () => {
  it("keys, ciphertexts, sessions, history and the clock survive a restart", async () => {
    const state = path.join(dir, "sandbox.json");
    const first = await start({ state, fleet: "bench:20" });
    const c1 = clientsFor(first);
    const KeyId = (await c1.kms.send(new CreateKeyCommand({ Description: "survivor" }))).KeyMetadata!.KeyId!;
    const blob = (await c1.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("kept") }))).CiphertextBlob!;
    const role = await c1.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::111122223333:role/KeywardenReader", RoleSessionName: "keep" }));
    const clockBefore = first.world.clock.now();
    await first.stop();

    const second = await start({ state, fleet: "demo" });
    try {
      const c2 = clientsFor(second);
      expect(second.world.kms.keyCount()).toBe(21);
      expect((await c2.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!.Description).toBe("survivor");
      expect(Buffer.from((await c2.kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!).toString()).toBe("kept");
      const session = clientsFor(second, "us-east-1", { accessKeyId: role.Credentials!.AccessKeyId!, secretAccessKey: role.Credentials!.SecretAccessKey!, sessionToken: role.Credentials!.SessionToken! });
      expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toContain("assumed-role/KeywardenReader/keep");
      const created = await c2.cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "CreateKey" }] }));
      expect(created.Events).toHaveLength(1);
      expect(second.world.clock.now()).toBeGreaterThanOrEqual(clockBefore);
    } finally {
      await second.stop();
    }
  }, 30_000);

  it("bench:N builds N keys in one account-Region with a few grants each", async () => {
    const bench = await start({ fleet: "bench:1000" });
    try {
      const keys = [...bench.world.kms.region("111122223333", "us-east-1").keys.values()];
      expect(keys).toHaveLength(1000);
      expect(keys.every((k) => k.grants.length >= 2 && k.grants.length <= 4)).toBe(true);
      expect(bench.world.events.totalEvents()).toBe(0);
      expect(bench.accounts).toEqual({ accounts: [{ accountId: "111122223333", name: "security-tooling", roleArn: null }], regions: ["us-east-1"] });
    } finally {
      await bench.stop();
    }
  });
});

describe("npm run sandbox (sandbox/cli.ts)", () => {
  it("bad flags: one line on stderr and exit code 2", async () => {
    for (const args of [["--fleet", "huge"], ["--colour", "blue"], ["--port", "x"], ["--clock", "yesterday"]]) {
      const result = await promisify(execFile)(tsx, [path.join(root, "sandbox", "cli.ts"), ...args]).then(
        () => ({ code: 0, stderr: "" }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n").filter((l) => l.startsWith("sandbox:"))).toHaveLength(1);
    }
  }, 60_000);

  it("prints the ready line first and exits cleanly on SIGTERM, saving its state", async () => {
    const state = path.join(dir, "cli.json");
    const child = spawn(tsx, [path.join(root, "sandbox", "cli.ts"), "--port", "0", "--fleet", "empty", "--state", state], { stdio: ["ignore", "pipe", "pipe"] });
    const firstLine = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) resolve(out.split("\n")[0]!);
      });
    });
    expect(firstLine).toMatch(/^Sandbox ready at http:\/\/127\.0\.0\.1:\d+$/);
    const url = firstLine.slice("Sandbox ready at ".length);
    expect((await fetch(`${url}/_sandbox/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const restarted = await start({ state });
    expect(restarted.world.fleet.kind).toBe("empty");
    await restarted.stop();
  }, 30_000);
});
