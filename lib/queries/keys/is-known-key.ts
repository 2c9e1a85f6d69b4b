import "server-only";
import { getPrisma } from "@/lib/db/client";

/** Whether the inventory holds a key with this ARN. */
export async function isKnownKey(arn: string): Promise<boolean> {
  const key = await getPrisma().kmsKey.findUnique({ where: { arn }, select: { arn: true } });
  return key !== null;
}
