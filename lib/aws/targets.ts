export type AccountAccess =
  | { accountId: string; via: "default-chain" }
  | { accountId: string; via: "assume-role"; roleArn: string };

export type AwsTarget = AccountAccess & { region: string };

/** Where a client points: one account in one Region. */
export type TargetRef = { accountId: string; region: string };

/** Every account × Region, ordered by account then Region, so runs list them the same way. */
export function listTargets(accounts: readonly AccountAccess[], regions: readonly string[]): AwsTarget[] {
  const sortedRegions = [...new Set(regions)].sort();
  return [...accounts]
    .sort((a, b) => a.accountId.localeCompare(b.accountId))
    .flatMap((account) => sortedRegions.map((region) => ({ ...account, region })));
}

/**
 * The caller's own account plus one per configured role. A role in the caller's own account
 * replaces the default chain there: it was configured to narrow what Keywarden may do.
 */
export function listAccounts(ownAccountId: string, roleArns: readonly { accountId: string; roleArn: string }[]): AccountAccess[] {
  const byAccount = new Map<string, AccountAccess>([[ownAccountId, { accountId: ownAccountId, via: "default-chain" }]]);
  for (const role of roleArns) {
    if (byAccount.get(role.accountId)?.via === "assume-role") continue;
    byAccount.set(role.accountId, { accountId: role.accountId, via: "assume-role", roleArn: role.roleArn });
  }
  return [...byAccount.values()];
}

/** "account/Region": a target as a map key. */
export const targetKey = (t: TargetRef): string => `${t.accountId}/${t.region}`;
