import { DAY } from "../../core/clock";
import { arnOf } from "../../kms/key-arn";
import type { KmsKey } from "../../kms/model";
import { newKey } from "../../kms/new-key";
import { ORG_REGIONS } from "../org";
import { APPS } from "./demo-catalog";
import type { DemoContext, DemoKey } from "./demo-context";
import { recordCreation } from "./demo-customer-keys";
import { POLICY_FLAGS } from "./demo-policies";
import { applyRotation } from "./demo-lifecycle";

const SETS: Record<string, number> = { "111122223333": 2, "444455556666": 4, "777788889999": 3 };

/** Multi-Region sets: a primary and one or two replicas sharing key id, material and rotation. */
export function buildMultiRegionKeys(ctx: DemoContext, aliases: Map<string, Set<string>>): DemoKey[][] {
  const { rng } = ctx;
  const sets: DemoKey[][] = [];
  for (const [account, count] of Object.entries(SETS)) {
    for (let i = 0; i < count; i++) {
      const app = rng.pick(APPS[account]!);
      const purpose = rng.pick(app.purposes);
      const primaryRegion = rng.weighted([
        ["us-east-1", 0.6],
        ["eu-west-1", 0.4],
      ]);
      const replicaRegions = ORG_REGIONS.filter((r) => r !== primaryRegion).slice(0, rng.int(1, 2));
      const keyId = `mrk-${rng.hex(32)}`;
      const created = Math.floor(ctx.now - (60 + rng.next() * 900) * DAY);
      const alias = `alias/${app.role}/${purpose}-global`;
      const make = (region: string, type: "PRIMARY" | "REPLICA", at: number): DemoKey => {
        const key = newKey({
          account,
          region,
          keyId,
          now: at,
          keySpec: "SYMMETRIC_DEFAULT",
          keyUsage: "ENCRYPT_DECRYPT",
          keyManager: "CUSTOMER",
          origin: "AWS_KMS",
          description: `${app.role}: ${purpose.replace(/-/g, " ")} (multi-Region)`,
          policy: ctx.policies.policy("default", account, account),
          trackingLaunch: ctx.world.settings.trackingLaunch,
          multiRegionKeyType: type,
        });
        key.expectedAccessFlags = [...POLICY_FLAGS.default];
        key.tags = [{ TagKey: "Application", TagValue: app.role }, { TagKey: "MultiRegion", TagValue: "true" }];
        const store = ctx.world.kms.region(account, region);
        const taken = aliases.get(`${account}|${region}`)!;
        if (!taken.has(alias)) {
          taken.add(alias);
          store.setAlias({ AliasName: alias, TargetKeyId: keyId, CreationDate: at + 1000, LastUpdatedDate: at + 1000 });
        }
        store.addKey(key);
        return { key, app, rate: rng.pick([0.3, 0.1, 0.02]) };
      };
      const primary = make(primaryRegion, "PRIMARY", created);
      recordCreation(ctx, primary.key, [alias]);
      applyRotation(ctx, primary);
      const set = [primary];
      for (const region of replicaRegions) {
        const at = Math.floor(created + rng.next() * 30 * DAY);
        const replica = make(region, "REPLICA", at);
        shareRotation(primary.key, replica.key);
        recordReplication(ctx, primary.key, replica.key);
        set.push(replica);
      }
      sets.push(set);
    }
  }
  return sets;
}

function shareRotation(primary: KmsKey, replica: KmsKey): void {
  Object.assign(replica, {
    rotationEnabled: primary.rotationEnabled,
    rotationPeriodInDays: primary.rotationPeriodInDays,
    nextRotationDate: primary.nextRotationDate,
    rotations: primary.rotations.map((r) => ({ ...r })),
    materialVersion: primary.materialVersion,
  });
}

/** ReplicateKey in the primary's Region, CreateKey in the replica's (ReplicateKey API reference). */
function recordReplication(ctx: DemoContext, primary: KmsKey, replica: KmsKey): void {
  const caller = ctx.roleCaller(primary.AWSAccountId, "ci-deploy", replica.CreationDate, "terraform");
  const base = { account: primary.AWSAccountId, caller, client: "terraform" as const, time: replica.CreationDate, readOnly: false };
  ctx.api({ ...base, key: primary, region: primary.Region, eventName: "ReplicateKey", request: { keyId: primary.KeyId, replicaRegion: replica.Region }, resources: [arnOf(primary), arnOf(replica)] });
  ctx.api({ ...base, key: replica, region: replica.Region, eventName: "CreateKey", request: { keyId: primary.KeyId, replicaRegion: replica.Region }, response: { keyMetadata: { keyId: replica.KeyId, arn: arnOf(replica), multiRegion: true } } });
}
