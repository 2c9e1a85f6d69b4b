export type KeyState =
  | "Creating"
  | "Enabled"
  | "Disabled"
  | "PendingDeletion"
  | "PendingImport"
  | "PendingReplicaDeletion"
  | "Unavailable"
  | "Updating";
export type KeyUsage = "ENCRYPT_DECRYPT" | "SIGN_VERIFY" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";
export type KeyManager = "AWS" | "CUSTOMER";
export type Origin = "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
export type RotationType = "AUTOMATIC" | "ON_DEMAND";
export type Tag = { TagKey: string; TagValue: string };

export type Rotation = { RotationDate: number; RotationType: RotationType; KeyMaterialId: string };

export type LastUsage = { Operation: string; Timestamp: number; CloudTrailEventId: string; KmsRequestId: string };

export type Grant = {
  GrantId: string;
  GrantToken: string;
  Name?: string;
  CreationDate: number;
  GranteePrincipal: string;
  RetiringPrincipal?: string;
  IssuingAccount: string;
  Operations: string[];
  Constraints?: { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string> };
};

export type Alias = { AliasName: string; TargetKeyId?: string; CreationDate: number; LastUpdatedDate: number };

/** One KMS key in one Region. Multi-Region keys are one record per Region with the same KeyId. */
export type KmsKey = {
  KeyId: string;
  AWSAccountId: string;
  Region: string;
  CreationDate: number;
  Description: string;
  KeySpec: string;
  KeyUsage: KeyUsage;
  KeyManager: KeyManager;
  Origin: Origin;
  KeyState: KeyState;
  /** State to return to when a transient state (Creating, Updating) ends. */
  settledState?: KeyState;
  transientUntil?: number;
  DeletionDate?: number;
  PendingDeletionWindowInDays?: number;
  ValidTo?: number;
  MultiRegionKeyType?: "PRIMARY" | "REPLICA";
  policy: string;
  tags: Tag[];
  grants: Grant[];
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
  nextRotationDate?: number;
  onDemandRotationStartDate?: number;
  rotations: Rotation[];
  /** The material generation in use: 0 is the original material, each rotation adds one. */
  materialVersion: number;
  lastUsage?: LastUsage;
  trackingStartDate: number;
  /** PEM of the private key, generated on first use so fleets stay fast to build. */
  privateKeyPem?: string;
  /**
   * Ground truth of generated fleets: the flags an access review should raise for this key's
   * policy and grants (public, cross-account, wide-admin, unconstrained-grant, grant-onward,
   * lockout-risk), written by hand for each kind of policy and grant the fleet builds. Cleared
   * when a call changes the policy or the grants: it is then no longer known.
   */
  expectedAccessFlags?: string[];
};

export const isMultiRegion = (key: KmsKey) => key.KeyId.startsWith("mrk-");
