import "server-only";
import { getPrisma } from "@/lib/db/client";

export type KeyFilterOptions = { accounts: { id: string; name: string | null }[]; regions: string[] };

/** The accounts and regions the filter bar offers: those Keywarden knows, whether or not they hold keys. */
export async function getKeyFilterOptions(): Promise<KeyFilterOptions> {
  const db = getPrisma();
  const [accounts, regions] = await Promise.all([
    db.awsAccount.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.accountRegion.findMany({ select: { region: true }, distinct: ["region"], orderBy: { region: "asc" } }),
  ]);
  return { accounts, regions: regions.map((r) => r.region) };
}
