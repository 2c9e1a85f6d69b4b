import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { start } from "./helpers";

/** The AWS CLI (Debian package awscli, or any `aws` on PATH) is a second, independent client. */
function findAws(): string | undefined {
  try {
    execFileSync("aws", ["--version"], { stdio: "ignore", timeout: 20_000 });
    return "aws";
  } catch {
    return undefined;
  }
}

const aws = findAws();
let sandbox: Sandbox;

beforeAll(async () => {
  if (aws) sandbox = await start({ fleet: "bench:3" });
});
afterAll(() => sandbox?.stop());

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_MAX_ATTEMPTS: "1",
  };
  return promisify(execFile)(aws!, [...args, "--endpoint-url", sandbox.url, "--output", "json"], { env: env as NodeJS.ProcessEnv, timeout: 30_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

// CI installs Debian's awscli (.ci/run), so there a missing CLI fails the suite instead of skipping it.
it.runIf(process.env.CI === "true")("has the AWS CLI on PATH in CI", () => {
  expect(aws, "`aws --version` failed: install Debian's awscli").toBe("aws");
});

describe.skipIf(!aws)("the AWS CLI talks to the sandbox as to AWS", () => {
  it("KMS, CloudTrail and STS answers parse, errors carry AWS's codes", async () => {
    const [keys, identity, missing, events, created] = await Promise.all([
      cli(["kms", "list-keys", "--limit", "2"]),
      cli(["sts", "get-caller-identity"]),
      cli(["kms", "describe-key", "--key-id", "alias/does-not-exist"]),
      cli(["cloudtrail", "lookup-events", "--max-results", "5"]),
      cli(["kms", "create-key", "--description", "from the cli", "--multi-region"]),
    ]);
    const listed = JSON.parse(keys.stdout) as { Keys: unknown[]; Truncated: boolean; NextMarker: string };
    expect(listed.Keys).toHaveLength(2);
    expect(listed.Truncated).toBe(true);
    expect(JSON.parse(identity.stdout)).toMatchObject({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/keywarden-demo" });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("(NotFoundException)");
    expect(events.code).toBe(0);
    const key = JSON.parse(created.stdout) as { KeyMetadata: { KeyId: string; MultiRegion: boolean; CreationDate: unknown } };
    expect(key.KeyMetadata.KeyId).toMatch(/^mrk-/);
    const validation = await cli(["kms", "schedule-key-deletion", "--key-id", key.KeyMetadata.KeyId, "--pending-window-in-days", "3"]);
    expect(validation.stderr).toContain("(ValidationException)");
    const trail = await cli(["cloudtrail", "lookup-events", "--lookup-attributes", "AttributeKey=EventName,AttributeValue=CreateKey"]);
    const record = JSON.parse((JSON.parse(trail.stdout) as { Events: { CloudTrailEvent: string }[] }).Events[0]!.CloudTrailEvent) as { userAgent: string };
    expect(record.userAgent).toMatch(/^aws-cli\//);
  }, 60_000);
});
