import type { World } from "../../world";

export function buildDemoFleet(_world: World, _seed: string, _now: number): void {}
