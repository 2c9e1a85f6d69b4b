import type { LastUsed, TrailCoverage } from "@/lib/lifecycle/last-used";
// The key detail page's view of one key: whitelisted fields, dates as ISO-8601 strings.
import type { RotationSupport } from "./rotation-support";

export type RelatedKey = { arn: string; region: string; keyState: string | null; inInventory: boolean };

export type KeyGrantView = {
  grantId: string;
  name: string | null;
  granteePrincipal: string | null;
  retiringPrincipal: string | null;
  issuingAccount: string | null;
  operations: string[];
  constraints: { kind: "EncryptionContextSubset" | "EncryptionContextEquals"; context: Record<string, string> }[];
  creationDate: string | null;
};

export type KeyMaterialView = {
  id: string;
  state: string | null;
  description: string | null;
  importState: string | null;
  expirationModel: string | null;
  validTo: string | null;
  rotationDate: string | null;
  rotationType: string | null;
};

export type KeyDetail = {
  arn: string;
  keyId: string;
  accountId: string;
  accountName: string | null;
  region: string;
  description: string;
  keyState: string;
  enabled: boolean;
  keyManager: string;
  origin: string;
  creationDate: string;
  deletionDate: string | null;
  pendingDeletionWindowInDays: number | null;
  validTo: string | null;
  expirationModel: string | null;
  customKeyStoreId: string | null;
  cloudHsmClusterId: string | null;
  xksKeyId: string | null;
  currentKeyMaterialId: string | null;
  crypto: { keySpec: string; keyUsage: string; encryptionAlgorithms: string[]; signingAlgorithms: string[]; macAlgorithms: string[]; keyAgreementAlgorithms: string[] };
  aliases: { name: string; arn: string; creationDate: string | null; lastUpdatedDate: string | null }[];
  tags: { key: string; value: string }[];
  rotation: {
    support: RotationSupport;
    enabled: boolean | null;
    periodDays: number | null;
    nextRotationDate: string | null;
    onDemandRotationStartDate: string | null;
    onDemandCount: number;
    history: { date: string; type: string | null }[];
  };
  /** ListKeyRotations with every key material, oldest first (the first material has no rotation date). */
  materials: KeyMaterialView[];
  /** Optional operations the key's account-Region endpoint does not know (GetKeyLastUsage: last use unavailable there). */
  unavailableOperations: string[];
  grants: KeyGrantView[];
  policies: { name: string; formatted: string; parseError: string | null; syncedAt: string }[];
  multiRegion: { type: "PRIMARY" | "REPLICA"; primary: RelatedKey | null; replicas: RelatedKey[] } | null;
  /** GetKeyLastUsage's answer as the sync stored it. */
  lastUsed: { at: string | null; operation: string | null; trackingStartAt: string | null; checkedAt: string | null };
  /** The last use shown: the later of GetKeyLastUsage and CloudTrail's newest cryptographic call, or why it is unknown. */
  lastUse: LastUsed;
  /** Whether the trails of the key's account-Region record KMS usage. */
  usageCoverage: TrailCoverage;
  /** When a sync last wrote a change to this key (an unchanged key is not written). */
  syncedAt: string;
  /** When Keywarden last read this key from AWS: a full sync of its account-region, or a refresh of it. */
  lastReadAt: string | null;
  firstSeenAt: string;
  deletedAt: string | null;
};
