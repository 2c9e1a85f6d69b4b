import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { TrailWriter } from "./cloudtrail/trail-writer";
import { createWorld } from "./create-world";
import { buildFleet } from "./fleet/build-fleet";
import { DEMO_CREDENTIALS } from "./fleet/org";
import { settle } from "./http/admin-routes";
import { FaultInjector } from "./http/faults";
import { createSandboxServer } from "./http/sandbox-server";
import { resolveOptions, type SandboxOptions } from "./options";
import { accountsView } from "./state/accounts-view";
import { loadState, saveState } from "./state/persist";
import type { World } from "./world";

export type Sandbox = {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** The static demo credentials (an IAM user in the home account). */
  credentials: { accessKeyId: string; secretAccessKey: string; accountId: string };
  accounts: ReturnType<typeof accountsView>;
  /** How long building (or restoring) the fleet took. */
  fleetBuildMs: number;
  /** The in-process model, for tests that need to look inside. */
  world: World;
};

const AUTOSAVE_MS = 30_000;
const SETTLE_MS = 1_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const o = resolveOptions(options);
  const saved = o.state ? loadState(o.state) : undefined;
  const eventsDir = o.state ? `${o.state}.events` : mkdtempSync(path.join(os.tmpdir(), "keywarden-sandbox-"));
  if (saved && !existsSync(eventsDir)) throw new Error(`${o.state}: its event history ${eventsDir} is missing`);
  mkdirSync(eventsDir, { recursive: true });

  const started = performance.now();
  const world = createWorld(o, eventsDir, saved);
  const trailWriter = o.trailDir ? new TrailWriter(o.trailDir, world.fleet.trails) : undefined;
  if (trailWriter) {
    world.events.onAppend((e) => trailWriter.add(e));
    world.flushTrail = () => trailWriter.flush();
  }
  if (!saved) buildFleet(world, o.fleet, o.seed);
  world.events.flushAll();
  trailWriter?.flush();
  const fleetBuildMs = performance.now() - started;

  const server = createSandboxServer(world, o.faults ? new FaultInjector(o.faults, o.seed) : undefined);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const timers = [setInterval(() => settle(world), SETTLE_MS)];
  if (o.state) timers.push(setInterval(() => saveState(o.state!, world), AUTOSAVE_MS));
  for (const t of timers) t.unref();

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const t of timers) clearInterval(t);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      trailWriter?.close();
      if (o.state) saveState(o.state, world);
      else rmSync(eventsDir, { recursive: true, force: true });
    })());

  const { accessKeyId, secretAccessKey, accountId } = DEMO_CREDENTIALS;
  return {
    url: `http://${o.host}:${port}`,
    port,
    stop,
    credentials: { accessKeyId, secretAccessKey, accountId },
    accounts: accountsView(world),
    fleetBuildMs,
    world,
  };
}
