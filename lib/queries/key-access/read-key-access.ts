import type { AccessContext, GrantInput } from "@/lib/access";
import type { PrismaClient } from "@/lib/db/client";

export type KeyAccessInput = { policy: string | null; grants: GrantInput[]; context: AccessContext };

/**
 * What the access model needs for an inventoried key: its stored default policy, its grants and
 * the accounts Keywarden inventories. Null when the key is not in the inventory.
 */
export async function readKeyAccess(
  prisma: PrismaClient,
  keyArn: string,
  trust: { trustedAccounts: readonly string[]; orgId: string | undefined },
): Promise<KeyAccessInput | null> {
  const key = await prisma.kmsKey.findUnique({
    where: { arn: keyArn },
    select: { arn: true, keyManager: true, policies: { where: { policyName: "default" }, select: { policyText: true } }, grants: { orderBy: { grantId: "asc" } } },
  });
  if (!key) return null;
  const accounts = await prisma.awsAccount.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return {
    policy: key.policies[0]?.policyText ?? null,
    grants: key.grants.map((g) => ({
      GrantId: g.grantId,
      Name: g.name ?? undefined,
      GranteePrincipal: g.granteePrincipal ?? undefined,
      RetiringPrincipal: g.retiringPrincipal ?? undefined,
      Operations: g.operations,
      Constraints: (g.constraints ?? null) as GrantInput["Constraints"],
    })),
    context: { keyArn: key.arn, keyManager: key.keyManager, inventoriedAccounts: accounts.map((a) => a.id), trustedAccounts: trust.trustedAccounts, orgId: trust.orgId },
  };
}
