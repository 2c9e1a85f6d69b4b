import { createHash } from "node:crypto";
import { CredentialRegistry } from "./auth/credentials";
import { EventStore } from "./cloudtrail/event-store";
import { DAY, SandboxClock } from "./core/clock";
import type { FleetInfo } from "./fleet/fleet-info";
import { DEMO_CREDENTIALS, HOME_ACCOUNT, MEMBER_CREDENTIALS, ORG_ACCOUNTS, ORG_ID, ORG_REGIONS, ORG_TRAILS } from "./fleet/org";
import { KmsStore } from "./kms/kms-store";
import { Lifecycle } from "./kms/lifecycle";
import type { ResolvedOptions } from "./options";
import { QuotaLimiter } from "./quotas/quota-limiter";
import type { SavedState } from "./state/persist";
import type { Settings, World } from "./world";

/** GetKeyLastUsage began recording in 2026 (its API reference's CloudTrail example is from April). */
const TRACKING_LAUNCH = Date.UTC(2026, 3, 15);

export function fleetInfo(o: ResolvedOptions): FleetInfo {
  if (o.fleet.kind === "bench") {
    return { kind: "bench", homeAccount: HOME_ACCOUNT, accounts: ORG_ACCOUNTS.slice(0, 1), regions: ["us-east-1"], orgId: ORG_ID, trails: ORG_TRAILS.slice(0, 1) };
  }
  return { kind: o.fleet.kind, homeAccount: HOME_ACCOUNT, accounts: ORG_ACCOUNTS, regions: ORG_REGIONS, orgId: ORG_ID, trails: ORG_TRAILS };
}

export function createWorld(o: ResolvedOptions, eventsDir: string, saved?: SavedState): World {
  const start = saved ? Math.max(saved.clock, o.clock ?? 0) : o.clock;
  const clock = new SandboxClock(start);
  const settings: Settings = saved?.settings ?? {
    onDemandRotationLimit: o.onDemandRotationLimit,
    onDemandRotationMs: 60_000,
    transientStateMs: 5_000,
    materialSecret: createHash("sha256").update(`keywarden-sandbox:${o.seed}`).digest("hex"),
    trackingLaunch: Math.min(TRACKING_LAUNCH, clock.now() - 60 * DAY),
  };
  const credentials = new CredentialRegistry([DEMO_CREDENTIALS, ...MEMBER_CREDENTIALS], HOME_ACCOUNT);
  const world: World = {
    clock,
    kms: new KmsStore(),
    events: new EventStore(eventsDir),
    credentials,
    quotas: new QuotaLimiter(o.quotaScale),
    lifecycle: new Lifecycle(() => world),
    fleet: saved?.fleet ?? fleetInfo(o),
    settings,
  };
  if (saved) restore(world, saved);
  return world;
}

function restore(world: World, saved: SavedState): void {
  for (const r of saved.regions) {
    world.kms.region(r.account, r.region).bulkLoad(r.keys, r.aliases);
    for (const k of r.keys) world.lifecycle.schedule(k);
  }
  world.credentials.importSessions(saved.sessions);
  world.events.restore(saved.events);
}
