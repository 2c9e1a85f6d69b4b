import { parseFaults, type FaultSpec } from "./http/faults";
import { parseFleet, type FleetSpec } from "./fleet/fleet-spec";

/** Options of startSandbox(), mirroring the CLI flags. */
export type SandboxOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** "empty" (default), "demo" or "bench:N". */
  fleet?: string;
  seed?: string | number;
  /** State file: restored when it exists, written on stop (and every 30 s while running). */
  state?: string;
  /** Multiplies AWS's default request quotas; 0 turns quotas off. Default 1. */
  quotaScale?: number;
  /** e.g. "throttle=0.2,error=0.05,reset=0.02,latency=20-200". */
  faults?: string;
  /** Also write CloudTrail log files here, in S3's AWSLogs/… layout. */
  trailDir?: string;
  /** Start time of the sandbox clock (ISO string, Date or epoch ms). Default: now. */
  clock?: string | Date | number;
  /** On-demand rotations allowed per key. Default 25 (current API reference). */
  onDemandRotationLimit?: number;
};

export type ResolvedOptions = {
  port: number;
  host: string;
  fleet: FleetSpec;
  fleetText: string;
  seed: string;
  state?: string;
  quotaScale: number;
  faults?: FaultSpec;
  trailDir?: string;
  clock?: number;
  onDemandRotationLimit: number;
};

export function resolveOptions(o: SandboxOptions): ResolvedOptions {
  const port = o.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${String(o.port)}`);
  const quotaScale = o.quotaScale ?? 1;
  if (!Number.isFinite(quotaScale) || quotaScale < 0) throw new Error(`--quota-scale must be a number ≥ 0, got ${String(o.quotaScale)}`);
  const limit = o.onDemandRotationLimit ?? 25;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`onDemandRotationLimit must be a positive integer`);
  return {
    port,
    host: o.host ?? "127.0.0.1",
    fleet: parseFleet(o.fleet ?? "empty"),
    fleetText: o.fleet ?? "empty",
    seed: String(o.seed ?? "keywarden"),
    state: o.state,
    quotaScale,
    faults: o.faults ? parseFaults(o.faults) : undefined,
    trailDir: o.trailDir,
    clock: o.clock === undefined ? undefined : parseClock(o.clock),
    onDemandRotationLimit: limit,
  };
}

function parseClock(v: string | Date | number): number {
  const t = v instanceof Date ? v.getTime() : typeof v === "number" ? v : Date.parse(v);
  if (!Number.isFinite(t) || (typeof v === "string" && !/^\d{4}-\d{2}-\d{2}/.test(v))) throw new Error(`--clock must be an ISO-8601 time, got "${String(v)}"`);
  return t;
}
