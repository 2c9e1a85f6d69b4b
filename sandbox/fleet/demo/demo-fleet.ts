import { Rng } from "../../core/rng";
import type { World } from "../../world";
import { HOME_ACCOUNT, ORG_ACCOUNTS, ORG_REGIONS } from "../org";
import { applyAccessCases } from "./demo-access-cases";
import { buildAccessDeniedBurst, buildAdminTraffic } from "./demo-admin-traffic";
import { buildAwsManagedKeys } from "./demo-aws-managed";
import { DemoContext, type DemoKey } from "./demo-context";
import { buildCustomerKeys } from "./demo-customer-keys";
import { buildGrants } from "./demo-grants";
import { applyDisabled, applyImport, applyPendingDeletion, applyRotation } from "./demo-lifecycle";
import { buildMultiRegionKeys } from "./demo-multi-region";
import { stopRotationsAt } from "./demo-rotation";
import { buildTraffic } from "./demo-traffic";

/**
 * demo: about 3 accounts × 4 Regions and 600 keys shaped like a real organisation, with 90 days
 * of CloudTrail history. Deterministic from the seed and the clock's start.
 */
export function buildDemoFleet(world: World, seed: string, now: number): void {
  const ctx = new DemoContext(world, new Rng(`${seed}:demo`), now);
  const { rng } = ctx;
  const aliases = new Map<string, Set<string>>();
  const byStream = new Map<string, DemoKey[]>();
  for (const { accountId } of ORG_ACCOUNTS) {
    for (const region of ORG_REGIONS) {
      const taken = new Set<string>();
      aliases.set(`${accountId}|${region}`, taken);
      const customer = buildCustomerKeys(ctx, accountId, region, taken);
      for (const dk of customer) shapeLifecycle(ctx, dk);
      byStream.set(`${accountId}|${region}`, [...buildAwsManagedKeys(ctx, accountId, region), ...customer]);
    }
  }
  const sets = buildMultiRegionKeys(ctx, aliases);
  for (const set of sets) for (const dk of set) byStream.get(`${dk.key.AWSAccountId}|${dk.key.Region}`)!.push(dk);
  pendingReplicaDeletion(ctx, sets.find((s) => s[0]!.key.AWSAccountId === "777788889999")!);
  stillCalledKey(ctx, byStream.get("444455556666|us-east-1")!);
  const all = [...byStream.values()].flat();
  for (const dk of all) buildGrants(ctx, dk);
  applyAccessCases(ctx, byStream.get(`${HOME_ACCOUNT}|${ORG_REGIONS[0]}`)!);
  const deleted = rng.pick([...byStream.get("444455556666|eu-west-1")!.filter((d) => d.key.KeyState === "Enabled" && d.key.KeyManager === "CUSTOMER" && !d.key.KeyId.startsWith("mrk-"))]);
  applyPendingDeletion(ctx, deleted, { deleteInWindow: true });
  for (const dk of all) {
    const stoppedAt = dk.disabledAt ?? dk.scheduledAt;
    if (stoppedAt !== undefined) stopRotationsAt(ctx, dk.key, stoppedAt);
  }
  for (let i = 0; i < 6; i++) buildAccessDeniedBurst(ctx, rng.pick(all.filter((d) => d.key.KeySpec === "SYMMETRIC_DEFAULT" && d.key.KeyManager === "CUSTOMER")));
  for (const [stream, keys] of byStream) {
    const [account, region] = stream.split("|") as [string, string];
    buildTraffic(ctx, keys, region);
    buildAdminTraffic(ctx, keys, account, region);
  }
  ctx.flush();
  const store = world.kms.region(deleted.key.AWSAccountId, deleted.key.Region);
  store.removeKey(deleted.key.KeyId);
  for (const a of [...store.aliases.values()]) if (a.TargetKeyId === deleted.key.KeyId) store.removeAlias(a.AliasName);
  for (const dk of all) if (dk !== deleted) world.lifecycle.schedule(dk.key);
}

function shapeLifecycle(ctx: DemoContext, dk: DemoKey): void {
  const { rng } = ctx;
  if (dk.key.Origin === "EXTERNAL") return applyImport(ctx, dk, rng.chance(0.12));
  applyRotation(ctx, dk);
  const fate = rng.weighted([
    ["none", 0.925],
    ["disabled", 0.05],
    ["deleting", 0.025],
  ] as const);
  if (fate === "disabled") applyDisabled(ctx, dk);
  if (fate === "deleting") applyPendingDeletion(ctx, dk);
}

/** One primary scheduled for deletion while its replica is too: PendingReplicaDeletion. */
function pendingReplicaDeletion(ctx: DemoContext, set: DemoKey[]): void {
  const [primary, ...replicas] = set;
  for (const r of replicas) applyPendingDeletion(ctx, r);
  applyPendingDeletion(ctx, primary!);
  primary!.key.KeyState = "PendingReplicaDeletion";
  primary!.key.DeletionDate = undefined;
}

/** A key pending deletion that a workload still calls — the case AWS tells you to watch for. */
function stillCalledKey(ctx: DemoContext, keys: DemoKey[]): void {
  const dk = keys.find((d) => d.app?.role === "ledger-worker" && d.key.KeyManager === "CUSTOMER" && d.key.KeySpec === "SYMMETRIC_DEFAULT" && d.key.KeyState === "Enabled" && !d.key.KeyId.startsWith("mrk-"));
  if (!dk) return;
  dk.rate = Math.max(dk.rate, 0.3);
  dk.key.Description = "ledger-worker: ledger archive (retiring)";
  applyPendingDeletion(ctx, dk, { stillCalled: true });
}
