import { aliasArn } from "../core/arn";
import { grantEntry } from "../kms/grant-rules";
import { arnOf } from "../kms/key-arn";
import { keyMetadata } from "../kms/key-metadata";
import type { KmsKey } from "../kms/model";
import { lastUsageOf } from "../kms/ops/key-last-usage";
import { aliasEntry } from "../kms/ops/list-aliases";
import { materialEntries, rotationEntries } from "../kms/ops/rotate-on-demand";
import { rotationStatusOf } from "../kms/ops/rotation-status";
import { listsKeyMaterial } from "../kms/rotation-support";
import type { World } from "../world";
import { accountsView } from "./accounts-view";

const rotates = (k: KmsKey) => k.KeySpec === "SYMMETRIC_DEFAULT" && k.Origin === "AWS_KMS";

/**
 * Everything the read operations would return for every key, in their own shapes (epoch-second
 * timestamps included), so a sync can be compared field by field. Filter with ?account=&region=.
 */
export function groundTruth(world: World, filter: { account?: string; region?: string }) {
  const stores = world.kms.all().filter((s) => (!filter.account || s.account === filter.account) && (!filter.region || s.region === filter.region));
  const keys = stores.flatMap((store) =>
    [...store.keys.values()].map((key) => ({
      account: store.account,
      region: store.region,
      keyId: key.KeyId,
      arn: arnOf(key),
      describeKey: keyMetadata(key, world.kms),
      rotationStatus: rotates(key) ? rotationStatusOf(key) : null,
      rotations: listsKeyMaterial(key) ? rotationEntries(key) : null,
      /** ListKeyRotations with IncludeKeyMaterial ALL_KEY_MATERIAL. */
      keyMaterials: listsKeyMaterial(key) ? materialEntries(key) : null,
      aliases: [...store.aliases.values()].filter((a) => a.TargetKeyId === key.KeyId).map((a) => aliasEntry(a, store.region, store.account)),
      grants: key.grants.map((g) => grantEntry(g, arnOf(key))),
      tags: key.tags,
      policy: key.policy,
      lastUsage: lastUsageOf(key),
      expectedAccessFlags: key.expectedAccessFlags ?? null,
    })),
  );
  const unattachedAliases = stores.flatMap((store) =>
    [...store.aliases.values()]
      .filter((a) => !a.TargetKeyId)
      .map((a) => ({ account: store.account, region: store.region, aliasName: a.AliasName, aliasArn: aliasArn(store.region, store.account, a.AliasName) })),
  );
  return {
    now: new Date(world.clock.now()).toISOString(),
    fleet: world.fleet.kind,
    ...accountsView(world),
    keys,
    unattachedAliases,
    trails: world.fleet.trails,
    eventCount: world.events.totalEvents(),
  };
}
