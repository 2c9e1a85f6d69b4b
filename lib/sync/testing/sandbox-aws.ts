import { createAwsAccess, type AwsAccess } from "@/lib/aws";
import type { Config } from "@/lib/config";

type SandboxAccounts = { accounts: { accountId: string; roleArn: string | null }[]; regions: string[] };

export type SandboxAwsOptions = {
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** The sandbox's quotaScale, so our limits match its. */
  quotaScale?: number;
  quotaFraction?: number;
  regions?: string[];
  retry?: Parameters<typeof createAwsAccess>[0]["retry"];
};

/** AWS access to a running sandbox (over HTTP only: lib/ never imports the sandbox), as npm start sets it up. */
export async function sandboxAws(url: string, options: SandboxAwsOptions): Promise<{ aws: AwsAccess; config: Pick<Config, "aws" | "databaseUrl"> }> {
  const res = await fetch(`${url}/_sandbox/accounts`);
  if (!res.ok) throw new Error(`the sandbox did not list its accounts (HTTP ${res.status})`);
  const fleet = (await res.json()) as SandboxAccounts;
  const aws: Config["aws"] = {
    endpointUrl: url,
    homeRegion: "us-east-1",
    regions: options.regions ?? fleet.regions,
    accountRoles: fleet.accounts.flatMap((a) => (a.roleArn ? [a.roleArn] : [])),
    roleExternalId: undefined,
    quotaFraction: options.quotaFraction ?? 1,
    onDemandRotationLimit: 25,
    credentialsConfigured: true,
  };
  const { accessKeyId, secretAccessKey } = options.credentials;
  return {
    aws: createAwsAccess({ config: aws, credentials: async () => ({ accessKeyId, secretAccessKey }), quotaScale: options.quotaScale, retry: options.retry }),
    config: { aws, databaseUrl: undefined },
  };
}
