import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { Session } from "../auth/credentials";
import type { StreamSnapshot } from "../cloudtrail/event-stream";
import type { FleetInfo } from "../fleet/fleet-info";
import type { Alias, KmsKey } from "../kms/model";
import type { Settings, World } from "../world";

export type SavedState = {
  version: 1;
  savedAt: string;
  clock: number;
  fleet: FleetInfo;
  settings: Settings;
  regions: { account: string; region: string; keys: KmsKey[]; aliases: Alias[] }[];
  sessions: Session[];
  events: StreamSnapshot[];
};

/** Writes atomically (temp file, then rename) so a crash never leaves half a state file. */
export function saveState(file: string, world: World): void {
  const state: SavedState = {
    version: 1,
    savedAt: new Date().toISOString(),
    clock: world.clock.now(),
    fleet: world.fleet,
    settings: world.settings,
    regions: world.kms.all().map((r) => ({ account: r.account, region: r.region, keys: [...r.keys.values()], aliases: [...r.aliases.values()] })),
    sessions: world.credentials.exportSessions(),
    events: world.events.snapshot(),
  };
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

export function loadState(file: string): SavedState | undefined {
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, "utf8")) as SavedState;
  if (state.version !== 1) throw new Error(`${file}: unsupported state version ${String(state.version)}`);
  return state;
}
