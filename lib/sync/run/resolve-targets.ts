import type { AwsAccess, AwsTarget } from "@/lib/aws";
import type { SyncScope } from "../types";

export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScopeError";
  }
}

/** The configured account-Regions a run covers; naming one that is not configured is an error. */
export async function resolveTargets(aws: AwsAccess, scope: SyncScope): Promise<AwsTarget[]> {
  const all = await aws.targets();
  const accounts = new Set(all.map((t) => t.accountId));
  const regions = new Set(all.map((t) => t.region));
  const unknownAccount = scope.accounts?.find((a) => !accounts.has(a));
  if (unknownAccount) throw new ScopeError(`account ${unknownAccount} is not configured (the caller's own account, or one of KEYWARDEN_ACCOUNT_ROLES)`);
  const unknownRegion = scope.regions?.find((r) => !regions.has(r));
  if (unknownRegion) throw new ScopeError(`Region ${unknownRegion} is not among the Regions to sync (KEYWARDEN_REGIONS)`);
  return all.filter((t) => (!scope.accounts || scope.accounts.includes(t.accountId)) && (!scope.regions || scope.regions.includes(t.region)));
}
