import { createRng, type Rng } from "./prng";
import { ACCOUNT_NAMES, AWS_SERVICES, CUSTOMER_SPECS, REGIONS_BY_WEIGHT } from "./fleet-vocabulary";
import { customerDetails, usageFor } from "./customer-details";
import { alias, searchTextOf, type GeneratedKey } from "./fleet-records";
import { defaultPolicy } from "./default-policy";

// Generated inventories for tests and benchmarks only: never written to a database users read.

export type FleetOptions = { keys: number; accounts?: number; seed?: number; now?: Date; policies?: boolean };

const DAY = 86_400_000;

export function fleetAccounts(options: Pick<FleetOptions, "accounts" | "seed">) {
  const rng = createRng((options.seed ?? 1) * 7919);
  return Array.from({ length: options.accounts ?? 4 }, (_, i) => ({
    id: String(rng.int(100000, 999999)) + String(rng.int(100000, 999999)),
    name: ACCOUNT_NAMES[i % ACCOUNT_NAMES.length]!,
  }));
}

const uuid = (rng: Rng) => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(["8", "9", "a", "b"])}${rng.hex(3)}-${rng.hex(12)}`;

export function* generateFleet(options: FleetOptions): Generator<GeneratedKey> {
  const rng = createRng(options.seed ?? 1);
  const now = options.now ?? new Date();
  const accounts = fleetAccounts(options);
  const usedServices = new Set<string>();
  const usedAliases = new Set<string>();
  let produced = 0;
  while (produced < options.keys) {
    const account = rng.pick(accounts).id;
    const region = rng.weighted(REGIONS_BY_WEIGHT);
    const base = { rng, now, account, region, usedAliases, policies: options.policies ?? false };
    const service = rng.chance(0.08) ? rng.pick(AWS_SERVICES) : undefined;
    if (service && !usedServices.has(`${account}/${region}/${service}`)) {
      usedServices.add(`${account}/${region}/${service}`);
      yield awsManagedKey(base, service);
      produced++;
      continue;
    }
    const spec = rng.weighted(CUSTOMER_SPECS);
    const multiRegion = spec === "SYMMETRIC_DEFAULT" && rng.chance(0.03) && produced + 3 <= options.keys;
    const keys = customerKey({ ...base, spec, multiRegion });
    for (const k of keys) {
      yield k;
      produced++;
    }
  }
}

type Base = { rng: Rng; now: Date; account: string; region: string; usedAliases: Set<string>; policies: boolean };

function awsManagedKey({ rng, now, account, region, policies }: Base, service: string): GeneratedKey {
  const keyId = uuid(rng);
  const arn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
  const creationDate = new Date(now.getTime() - rng.int(30, 2000) * DAY);
  const aliasName = `alias/aws/${service}`;
  const description = `Default key that protects my ${service.toUpperCase()} data when no other key is defined`;
  const daysToRotation = rng.int(1, 365);
  return {
    key: {
      arn, accountId: account, region, keyId, description, keyState: "Enabled", enabled: true, keyManager: "AWS",
      keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate,
      encryptionAlgorithms: ["SYMMETRIC_DEFAULT"], rotationEnabled: true, rotationPeriodInDays: 365,
      nextRotationDate: new Date(now.getTime() + daysToRotation * DAY),
      lastUsedAt: rng.chance(0.85) ? new Date(now.getTime() - rng.int(0, 20 * DAY)) : null,
      searchText: searchTextOf(keyId, arn, [aliasName], description, []),
      primaryAlias: aliasName,
      syncedAt: new Date(now.getTime() - rng.int(0, 3600_000)),
    },
    aliases: [alias(account, region, aliasName, keyId, arn, creationDate, now)],
    tags: [],
    grants: rng.chance(0.5) ? [{ keyArn: arn, grantId: rng.hex(64), granteePrincipal: `${service}.${region}.amazonaws.com`, operations: ["Decrypt", "GenerateDataKey"], issuingAccount: `arn:aws:iam::${account}:root`, creationDate, syncedAt: now }] : [],
    policy: policies ? { keyArn: arn, policyText: defaultPolicy(account), contentHash: rng.hex(16), syncedAt: now } : undefined,
  };
}

function customerKey(base: Base & { spec: string; multiRegion: boolean }): GeneratedKey[] {
  const { rng, region, spec } = base;
  const keyId = base.multiRegion ? `mrk-${rng.hex(32)}` : uuid(rng);
  const primary = customerDetails(base, keyId, spec, usageFor(rng, spec));
  if (!base.multiRegion) return [primary];
  const others = REGIONS_BY_WEIGHT.map(([r]) => r).filter((r) => r !== region);
  const replicaRegions = [rng.pick(others.slice(0, 4))];
  if (rng.chance(0.4)) replicaRegions.push(rng.pick(others.slice(4)));
  const replicas = replicaRegions.map((r) => customerDetails({ ...base, region: r }, keyId, spec, "ENCRYPT_DECRYPT", primary.key));
  primary.key.multiRegion = true;
  primary.key.multiRegionKeyType = "PRIMARY";
  primary.key.primaryKeyArn = primary.key.arn;
  primary.key.primaryRegion = region;
  primary.key.replicaKeys = replicas.map((r) => ({ arn: r.key.arn, region: r.key.region }));
  return [primary, ...replicas];
}
