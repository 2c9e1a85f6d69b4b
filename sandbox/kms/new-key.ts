import type { KeyManager, KeyState, KeyUsage, KmsKey, Origin } from "./model";

export type NewKey = {
  account: string;
  region: string;
  keyId: string;
  now: number;
  keySpec: string;
  keyUsage: KeyUsage;
  keyManager: KeyManager;
  origin: Origin;
  description: string;
  policy: string;
  trackingLaunch: number;
  multiRegionKeyType?: "PRIMARY" | "REPLICA";
  state?: KeyState;
};

export function newKey(p: NewKey): KmsKey {
  return {
    KeyId: p.keyId,
    AWSAccountId: p.account,
    Region: p.region,
    CreationDate: p.now,
    Description: p.description,
    KeySpec: p.keySpec,
    KeyUsage: p.keyUsage,
    KeyManager: p.keyManager,
    Origin: p.origin,
    KeyState: p.state ?? (p.origin === "EXTERNAL" ? "PendingImport" : "Enabled"),
    MultiRegionKeyType: p.multiRegionKeyType,
    policy: p.policy,
    tags: [],
    grants: [],
    rotationEnabled: false,
    rotations: [],
    materialVersion: 0,
    trackingStartDate: Math.max(p.now, p.trackingLaunch),
  };
}
