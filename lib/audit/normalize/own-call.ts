import { KEYWARDEN_USER_AGENT_MARKER } from "@/lib/aws/clients/user-agent";

export type OwnCallFields = { userAgent: string | null; readOnly: boolean | null; principalArn: string | null; sessionIssuerArn: string | null };

/**
 * Whether a record is one of Keywarden's own calls (its sync's and ingestion's reads: DescribeKey,
 * ListGrants, GetKeyLastUsage, LookupEvents …): made with Keywarden's user agent or by one of the
 * principals it calls AWS as (its own identity, the roles it assumes). Those calls are not usage of
 * the keys. Changes (readOnly false) stay usage-neutral but visible: a rotation or deletion made
 * through Keywarden is a person's decision the audit trail must show.
 */
export function isOwnCall(e: OwnCallFields, ownPrincipals: ReadonlySet<string>): boolean {
  if (e.readOnly === false) return false;
  if (e.userAgent !== null && e.userAgent.includes(KEYWARDEN_USER_AGENT_MARKER)) return true;
  if (ownPrincipals.size === 0) return false;
  const who = e.sessionIssuerArn ?? e.principalArn;
  return who !== null && ownPrincipals.has(who);
}
