import { createAwsAccess, type AwsAccess, type AwsAccessOptions } from "@/lib/aws";
import { startSandbox, type Sandbox, type SandboxOptions } from "@/sandbox";

export type SandboxAccess = { sandbox: Sandbox; aws: AwsAccess; home: { accountId: string; region: string }; stop(): Promise<void> };

type AccessOverrides = Omit<Partial<AwsAccessOptions>, "config"> & { config?: Partial<AwsAccessOptions["config"]> };

/** A sandbox and an AwsAccess pointed at it with the sandbox's demo credentials, as `npm start` does. */
export async function sandboxAccess(sandboxOptions: SandboxOptions, access: AccessOverrides = {}): Promise<SandboxAccess> {
  const sandbox = await startSandbox({ clock: "2026-06-01T00:00:00Z", ...sandboxOptions });
  const aws = createAwsAccess({
    ...access,
    config: {
      endpointUrl: sandbox.url,
      homeRegion: "us-east-1",
      regions: ["us-east-1"],
      accountRoles: [],
      roleExternalId: undefined,
      quotaFraction: 0.8,
      ...access.config,
    },
    credentials: async () => ({ accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: sandbox.credentials.secretAccessKey }),
  });
  return {
    sandbox,
    aws,
    home: { accountId: sandbox.credentials.accountId, region: "us-east-1" },
    stop: async () => {
      aws.close();
      await sandbox.stop();
    },
  };
}

export type TruthKey = {
  account: string;
  region: string;
  keyId: string;
  describeKey: { KeyId: string; AWSAccountId: string; KeyState: string };
  grants: { GrantId: string }[];
  tags: { TagKey: string; TagValue: string }[];
  aliases: { AliasName: string }[];
  policy: string;
};

/** What the sandbox holds, read from its admin route (which is never throttled or faulted). */
export async function groundTruth(sandbox: Sandbox, account: string, region: string): Promise<TruthKey[]> {
  const res = await fetch(`${sandbox.url}/_sandbox/state?account=${account}&region=${region}`);
  return ((await res.json()) as { keys: TruthKey[] }).keys;
}

export async function listKeyIds(aws: AwsAccess, target: { accountId: string; region: string }, limit?: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of aws.kms(target).paginate("ListKeys", limit ? { Limit: limit } : {})) ids.push(...page.Keys!.map((k) => k.KeyId!));
  return ids;
}

export const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
