import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "../permissions";
import type { SessionUser } from "../session-store";

export const TEST_KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/** People with the given roles, as the session would present them, and one key to act on. */
export async function seedCallers<R extends Role>(db: PrismaClient, roles: readonly R[]): Promise<Record<R, SessionUser>> {
  const callers = {} as Record<R, SessionUser>;
  for (const [i, role] of roles.entries()) {
    const u = await db.user.create({ data: { email: `${role}@example.com`, name: role, role } });
    callers[role] = { id: u.id, email: u.email, name: role, role, isDemo: false, sessionId: `s${i + 1}` };
  }
  const at = new Date();
  await db.awsAccount.create({ data: { id: "111122223333" } });
  await db.kmsKey.create({
    data: {
      arn: TEST_KEY_ARN, accountId: "111122223333", region: "eu-west-1", keyId: TEST_KEY_ARN.split("/")[1]!, keyState: "Enabled", enabled: true,
      keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: at, syncedAt: at,
    },
  });
  return callers;
}
