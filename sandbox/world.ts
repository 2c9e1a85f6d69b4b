import type { CredentialRegistry } from "./auth/credentials";
import type { EventStore } from "./cloudtrail/event-store";
import type { SandboxClock } from "./core/clock";
import type { FleetInfo } from "./fleet/fleet-info";
import type { KmsStore } from "./kms/kms-store";
import type { Lifecycle } from "./kms/lifecycle";
import type { QuotaLimiter } from "./quotas/quota-limiter";

export type Settings = {
  /** On-demand rotations allowed per key (API reference: 25; an older guide page: 10). */
  onDemandRotationLimit: number;
  /** Sandbox time an on-demand rotation stays "in progress". */
  onDemandRotationMs: number;
  /** Sandbox time a new replica stays in Creating, or a primary-Region change in Updating. */
  transientStateMs: number;
  /** Secret from which symmetric key material is derived (key material never leaves the sandbox). */
  materialSecret: string;
  /** When KMS began tracking last usage (GetKeyLastUsage's TrackingStartDate floor). */
  trackingLaunch: number;
};

/** The sandbox's whole state and its services, shared by every request handler. */
export type World = {
  clock: SandboxClock;
  kms: KmsStore;
  events: EventStore;
  credentials: CredentialRegistry;
  quotas: QuotaLimiter;
  lifecycle: Lifecycle;
  fleet: FleetInfo;
  settings: Settings;
  /** Writes buffered trail log files now (set when --trail-dir is given). */
  flushTrail?: () => void;
};
