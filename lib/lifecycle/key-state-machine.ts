// The KMS key-state machine as AWS documents it ("Key states of AWS KMS keys"): which states a key
// can be in and which operations move it between them. Data, so the page draws it and the history
// reconstruction applies it from the same table.

export const KEY_STATES = [
  "Creating",
  "Enabled",
  "Disabled",
  "PendingImport",
  "PendingDeletion",
  "PendingReplicaDeletion",
  "Unavailable",
  "Updating",
  "deleted",
] as const;

export type LifecycleState = (typeof KEY_STATES)[number];

export type Transition = {
  from: LifecycleState | "new";
  to: LifecycleState;
  /** The operation or event that causes it, as CloudTrail names it (or a plain description). */
  via: string;
  /** Done by KMS itself (an AwsServiceEvent or a background change), not by a caller. */
  byKms?: boolean;
};

export const TRANSITIONS: readonly Transition[] = [
  { from: "new", to: "Enabled", via: "CreateKey" },
  { from: "new", to: "PendingImport", via: "CreateKey (Origin EXTERNAL)" },
  { from: "new", to: "Creating", via: "ReplicateKey" },
  { from: "Creating", to: "Enabled", via: "replica ready", byKms: true },
  { from: "Enabled", to: "Disabled", via: "DisableKey" },
  { from: "Disabled", to: "Enabled", via: "EnableKey" },
  { from: "PendingImport", to: "Enabled", via: "ImportKeyMaterial" },
  { from: "Enabled", to: "PendingImport", via: "DeleteImportedKeyMaterial" },
  { from: "Disabled", to: "PendingImport", via: "DeleteImportedKeyMaterial" },
  { from: "Enabled", to: "PendingDeletion", via: "ScheduleKeyDeletion" },
  { from: "Disabled", to: "PendingDeletion", via: "ScheduleKeyDeletion" },
  { from: "PendingImport", to: "PendingDeletion", via: "ScheduleKeyDeletion" },
  { from: "Unavailable", to: "PendingDeletion", via: "ScheduleKeyDeletion" },
  { from: "Enabled", to: "PendingReplicaDeletion", via: "ScheduleKeyDeletion (primary with replicas)" },
  { from: "Disabled", to: "PendingReplicaDeletion", via: "ScheduleKeyDeletion (primary with replicas)" },
  { from: "PendingReplicaDeletion", to: "PendingDeletion", via: "last replica deleted", byKms: true },
  { from: "PendingDeletion", to: "Disabled", via: "CancelKeyDeletion" },
  { from: "PendingReplicaDeletion", to: "Disabled", via: "CancelKeyDeletion" },
  { from: "PendingDeletion", to: "PendingImport", via: "CancelKeyDeletion (no key material)" },
  { from: "PendingDeletion", to: "deleted", via: "DeleteKey", byKms: true },
  { from: "Enabled", to: "Unavailable", via: "DisconnectCustomKeyStore" },
  { from: "Disabled", to: "Unavailable", via: "DisconnectCustomKeyStore" },
  { from: "Unavailable", to: "Enabled", via: "ConnectCustomKeyStore" },
  { from: "Unavailable", to: "Disabled", via: "ConnectCustomKeyStore (was disabled)" },
  { from: "Enabled", to: "Updating", via: "UpdatePrimaryRegion" },
  { from: "Updating", to: "Enabled", via: "primary Region updated", byKms: true },
];

/** Whether AWS allows a key to go straight from one state to another. */
export function isAllowedTransition(from: LifecycleState | "new", to: LifecycleState): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to);
}

/** The state shown for an inventory key: "deleted" once a complete listing no longer has it. */
export function lifecycleStateOf(keyState: string, deletedAt: string | null): LifecycleState | null {
  if (deletedAt) return "deleted";
  return (KEY_STATES as readonly string[]).includes(keyState) ? (keyState as LifecycleState) : null;
}
