import { DAY } from "../../core/clock";
import { newKey } from "../../kms/new-key";
import { awsManagedKeyPolicy } from "../../kms/policy/default-policies";
import { APPS, AWS_MANAGED_SERVICES, PREDEFINED_ALIASES, SERVICE_NAMES, VIA_SERVICE } from "./demo-catalog";
import type { DemoContext, DemoKey } from "./demo-context";
import { automaticRotations, settleRotations } from "./demo-rotation";

/**
 * AWS managed keys appear when a service first encrypts with its default key; they rotate every
 * year on their own. ListAliases also shows predefined alias/aws/* names that have no key yet.
 */
export function buildAwsManagedKeys(ctx: DemoContext, account: string, region: string): DemoKey[] {
  const { rng } = ctx;
  const store = ctx.world.kms.region(account, region);
  const out: DemoKey[] = [];
  const predefined = [...PREDEFINED_ALIASES];
  for (const svc of AWS_MANAGED_SERVICES) {
    if (svc !== "s3" && svc !== "ebs" && !rng.chance(0.55)) {
      predefined.push(svc);
      continue;
    }
    const created = Math.floor(ctx.now - (120 + rng.next() * 1400) * DAY);
    const key = newKey({
      account,
      region,
      keyId: rng.uuid(),
      now: created,
      keySpec: "SYMMETRIC_DEFAULT",
      keyUsage: "ENCRYPT_DECRYPT",
      keyManager: "AWS",
      origin: "AWS_KMS",
      description: `Default key that protects my ${SERVICE_NAMES[svc]} data when no other key is defined`,
      policy: awsManagedKeyPolicy(account, region, svc, VIA_SERVICE[svc]!),
      trackingLaunch: ctx.world.settings.trackingLaunch,
    });
    // Use through the service by callers of the account only; AWS administers the policy.
    key.expectedAccessFlags = [];
    automaticRotations(ctx, key, created, 365, false);
    settleRotations(ctx, key);
    store.addKey(key);
    store.setAlias({ AliasName: `alias/aws/${svc}`, TargetKeyId: key.KeyId, CreationDate: created, LastUpdatedDate: created });
    out.push({ key, app: rng.pick(APPS[account]!), service: svc, rate: rng.pick([0.02, 0.05, 0.1]) });
  }
  for (const svc of predefined) store.setAlias({ AliasName: `alias/aws/${svc}`, CreationDate: 0, LastUpdatedDate: 0 });
  return out;
}
