import type { PrismaClient } from "@/lib/db/generated/client";
import { fleetAccounts, generateFleet, type FleetOptions } from "./generate-fleet";
import { REGIONS_BY_WEIGHT } from "./fleet-vocabulary";
import type { GeneratedKey } from "./fleet-records";

export type SeedResult = { accounts: string[]; keys: number };

const BATCH = 2000;

/**
 * Writes a generated inventory (test and benchmark databases only). Rows go in with createMany
 * in batches so that 100,000 keys take seconds, not minutes.
 */
export async function seedInventory(db: PrismaClient, options: FleetOptions): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const accounts = fleetAccounts(options);
  await db.awsAccount.createMany({ data: accounts, skipDuplicates: true });
  await db.accountRegion.createMany({
    data: accounts.flatMap((a) => REGIONS_BY_WEIGHT.map(([region]) => ({ accountId: a.id, region, lastFullSyncAt: now, lastCompleteListingAt: now }))),
    skipDuplicates: true,
  });
  let batch: GeneratedKey[] = [];
  let keys = 0;
  for (const k of generateFleet({ ...options, now })) {
    batch.push(k);
    if (batch.length >= BATCH) {
      keys += await writeBatch(db, batch);
      batch = [];
    }
  }
  if (batch.length) keys += await writeBatch(db, batch);
  return { accounts: accounts.map((a) => a.id), keys };
}

async function writeBatch(db: PrismaClient, batch: GeneratedKey[]): Promise<number> {
  await db.kmsKey.createMany({ data: batch.map((b) => b.key) });
  await db.kmsAlias.createMany({ data: batch.flatMap((b) => b.aliases) });
  await db.keyTag.createMany({ data: batch.flatMap((b) => b.tags) });
  await db.kmsGrant.createMany({ data: batch.flatMap((b) => b.grants) });
  const policies = batch.flatMap((b) => (b.policy ? [b.policy] : []));
  if (policies.length) await db.keyPolicy.createMany({ data: policies });
  return batch.length;
}
