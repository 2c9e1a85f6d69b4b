import type { Caller } from "../auth/caller";
import type { World } from "../world";

export type CloudTrailContext = { world: World; caller: Caller; region: string; now: number; resources: string[] };
