import type { World } from "../world";
import { buildBenchFleet } from "./bench-fleet";
import { buildDemoFleet } from "./demo/demo-fleet";
import type { FleetSpec } from "./fleet-spec";

/** Deterministic from the seed and the clock's start. */
export function buildFleet(world: World, spec: FleetSpec, seed: string): void {
  const now = world.clock.now();
  if (spec.kind === "bench") buildBenchFleet(world, spec.keys, seed, now);
  else if (spec.kind === "demo") buildDemoFleet(world, seed, now);
}
