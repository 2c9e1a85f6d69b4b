import { Rng } from "../core/rng";
import { DAY } from "../core/clock";
import type { Alias, KmsKey } from "../kms/model";
import { newKey } from "../kms/new-key";
import { defaultKeyPolicy } from "../kms/policy/default-policies";
import type { World } from "../world";
import { HOME_ACCOUNT } from "./org";

const OPERATIONS = [["Decrypt", "Encrypt", "GenerateDataKey"], ["Decrypt"], ["Encrypt", "GenerateDataKey", "DescribeKey"]];

/** bench:N — N customer keys in one account-Region, a few grants each, no history. */
export function buildBenchFleet(world: World, count: number, seed: string, now: number): void {
  const rng = new Rng(`${seed}:bench`);
  const region = "us-east-1";
  const policy = defaultKeyPolicy(HOME_ACCOUNT);
  const keys: KmsKey[] = [];
  const aliases: Alias[] = [];
  for (let i = 0; i < count; i++) {
    const created = now - rng.int(2, 1000) * DAY;
    const key = newKey({
      account: HOME_ACCOUNT,
      region,
      keyId: rng.uuid(),
      now: created,
      keySpec: "SYMMETRIC_DEFAULT",
      keyUsage: "ENCRYPT_DECRYPT",
      keyManager: "CUSTOMER",
      origin: "AWS_KMS",
      description: `bench key ${i + 1}`,
      policy,
      trackingLaunch: world.settings.trackingLaunch,
    });
    key.tags = [
      { TagKey: "Team", TagValue: rng.pick(["payments", "data", "platform", "identity"]) },
      { TagKey: "Environment", TagValue: rng.pick(["prod", "staging"]) },
    ];
    if (rng.chance(0.5)) {
      key.rotationEnabled = true;
      key.rotationPeriodInDays = 365;
      key.nextRotationDate = created + 365 * DAY * Math.ceil((now - created) / (365 * DAY) + 1e-9);
    }
    const grants = rng.int(2, 4);
    for (let g = 0; g < grants; g++) {
      key.grants.push({
        GrantId: rng.hex(64),
        GrantToken: rng.hex(96),
        Name: `bench-grant-${g}`,
        CreationDate: created + g * 60_000,
        GranteePrincipal: `arn:aws:iam::${HOME_ACCOUNT}:role/bench-app-${rng.int(1, 20)}`,
        IssuingAccount: `arn:aws:iam::${HOME_ACCOUNT}:root`,
        Operations: rng.pick(OPERATIONS),
      });
    }
    keys.push(key);
    aliases.push({ AliasName: `alias/bench/key-${String(i + 1).padStart(6, "0")}`, TargetKeyId: key.KeyId, CreationDate: created, LastUpdatedDate: created });
  }
  world.kms.region(HOME_ACCOUNT, region).bulkLoad(keys, aliases);
  for (const k of keys) world.lifecycle.schedule(k);
}
