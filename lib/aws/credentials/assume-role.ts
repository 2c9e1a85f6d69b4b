import type { AssumeRoleCommandInput, AssumeRoleCommandOutput } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { refreshingCredentials, type RefreshOptions } from "./refreshing-credentials";

export type AssumeRoleOptions = RefreshOptions & {
  roleArn: string;
  externalId?: string;
  /** Shown in the target account's CloudTrail as the session of every call Keywarden makes. */
  sessionName?: string;
  durationSeconds?: number;
  assumeRole: (input: AssumeRoleCommandInput) => Promise<AssumeRoleCommandOutput>;
};

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/.+$/;

export function roleAccountId(roleArn: string): string {
  const match = ROLE_ARN.exec(roleArn);
  if (!match) throw new Error(`not an IAM role ARN: ${roleArn}`);
  return match[2]!;
}

/** Credentials of a role in another account, assumed with STS and refreshed before they expire. */
export function assumeRoleCredentials(options: AssumeRoleOptions): AwsCredentialIdentityProvider {
  const accountId = roleAccountId(options.roleArn);
  return refreshingCredentials(async (): Promise<AwsCredentialIdentity> => {
    const { Credentials: c } = await options.assumeRole({
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName ?? "keywarden",
      DurationSeconds: options.durationSeconds ?? 3600,
      ...(options.externalId ? { ExternalId: options.externalId } : {}),
    });
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw new Error(`AssumeRole ${options.roleArn} returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
      accountId,
    };
  }, options);
}
