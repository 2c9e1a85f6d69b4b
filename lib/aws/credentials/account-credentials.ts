import type { AssumeRoleCommandInput, AssumeRoleCommandOutput } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { assumeRoleCredentials, roleAccountId } from "./assume-role";

export type AccountCredentialsOptions = {
  roleArns: readonly string[];
  externalId: string | undefined;
  /** The default chain's credentials: the caller's own account. */
  base: AwsCredentialIdentityProvider;
  identity: () => Promise<{ accountId: string }>;
  assumeRole: (input: AssumeRoleCommandInput) => Promise<AssumeRoleCommandOutput>;
};

/**
 * Credentials per account: the first role configured for it (assumed, cached, refreshed before
 * it expires), else the default chain when the account is the caller's own. One provider per
 * account, shared by all its clients, so each role is assumed once for every Region and service.
 */
export function accountCredentials(options: AccountCredentialsOptions): (accountId: string) => AwsCredentialIdentityProvider {
  const providers = new Map<string, AwsCredentialIdentityProvider>();
  for (const roleArn of options.roleArns) {
    const accountId = roleAccountId(roleArn);
    if (providers.has(accountId)) continue;
    providers.set(accountId, assumeRoleCredentials({ roleArn, externalId: options.externalId, assumeRole: options.assumeRole }));
  }
  return (accountId) => {
    let provider = providers.get(accountId);
    if (!provider) {
      provider = async () => {
        const own = await options.identity();
        if (own.accountId !== accountId) throw new Error(`no credentials for account ${accountId}: not the caller's account and no role configured`);
        return options.base();
      };
      providers.set(accountId, provider);
    }
    return provider;
  };
}
