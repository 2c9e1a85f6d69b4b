import { AwsError, invalidState, unsupported } from "../core/errors";
import { arnOf } from "./key-arn";
import type { KeyState, KmsKey } from "./model";

/**
 * Which key states each operation accepts, and the error otherwise, from the key state table in
 * the KMS Developer Guide ("Key states of AWS KMS keys", table details [1]–[13]).
 */
type Rule = "any" | "crypto" | "manage" | "enableDisable" | "rotation" | "cancel" | "schedule" | "replicate" | "updatePrimary";

export const OPERATION_RULES: Record<string, Rule> = {
  DescribeKey: "any",
  GetKeyPolicy: "any",
  PutKeyPolicy: "any",
  ListGrants: "any",
  ListKeyPolicies: "any",
  ListResourceTags: "any",
  ListKeyRotations: "any",
  GetKeyLastUsage: "any",
  RetireGrant: "any",
  RevokeGrant: "any",
  DeleteAlias: "any",
  GetKeyRotationStatus: "any",
  CreateAlias: "manage",
  UpdateAlias: "manage",
  TagResource: "manage",
  UntagResource: "manage",
  UpdateKeyDescription: "manage",
  CreateGrant: "crypto",
  Encrypt: "crypto",
  Decrypt: "crypto",
  GenerateDataKey: "crypto",
  GenerateDataKeyWithoutPlaintext: "crypto",
  Sign: "crypto",
  Verify: "crypto",
  GenerateMac: "crypto",
  VerifyMac: "crypto",
  GetPublicKey: "crypto",
  EnableKey: "enableDisable",
  DisableKey: "enableDisable",
  EnableKeyRotation: "rotation",
  DisableKeyRotation: "rotation",
  RotateKeyOnDemand: "rotation",
  CancelKeyDeletion: "cancel",
  ScheduleKeyDeletion: "schedule",
  ReplicateKey: "replicate",
  UpdatePrimaryRegion: "updatePrimary",
};

const pendingDeletion = (key: KmsKey) => invalidState(`${arnOf(key)} is pending deletion.`);
const pendingImport = (key: KmsKey) => invalidState(`${arnOf(key)} is pending import.`);
const disabled = (key: KmsKey) => new AwsError("DisabledException", `${arnOf(key)} is disabled.`);
const isDeleting = (s: KeyState) => s === "PendingDeletion" || s === "PendingReplicaDeletion";

export function checkKeyState(op: string, key: KmsKey): void {
  const rule = OPERATION_RULES[op] ?? "any";
  const s = key.KeyState;
  switch (rule) {
    case "any":
      return;
    case "manage":
      if (isDeleting(s)) throw pendingDeletion(key);
      return;
    case "crypto":
      if (s === "Disabled") throw disabled(key);
      if (s === "PendingImport") throw pendingImport(key);
      if (isDeleting(s)) throw pendingDeletion(key);
      if (s === "Creating") throw invalidState(`${arnOf(key)} is creating.`);
      if (s === "Unavailable") throw invalidState(`${arnOf(key)} is unavailable.`);
      return;
    case "enableDisable":
      if (s === "PendingImport") throw pendingImport(key);
      if (isDeleting(s)) throw pendingDeletion(key);
      if (s === "Updating" || s === "Creating") throw invalidState(`${arnOf(key)} is ${s === "Updating" ? "updating" : "creating"}.`);
      return;
    case "rotation":
      if (key.Origin === "EXTERNAL" && s === "PendingImport") throw unsupported(`${arnOf(key)} origin is EXTERNAL which is not valid for this operation.`);
      if (s === "Disabled") throw disabled(key);
      if (isDeleting(s)) throw pendingDeletion(key);
      return;
    case "cancel":
      if (!isDeleting(s)) throw invalidState(`${arnOf(key)} is not pending deletion.`);
      return;
    case "schedule":
      if (isDeleting(s)) throw pendingDeletion(key);
      return;
    case "replicate":
      if (s === "PendingReplicaDeletion") throw invalidState(`${arnOf(key)} is pending replica deletion.`);
      if (isDeleting(s)) throw pendingDeletion(key);
      if (s === "Creating" || s === "Updating") throw invalidState(`${arnOf(key)} is ${s === "Creating" ? "creating" : "updating"}.`);
      return;
    case "updatePrimary":
      if (isDeleting(s)) throw pendingDeletion(key);
      if (s === "Creating" || s === "Updating") throw invalidState(`${arnOf(key)} is ${s === "Creating" ? "creating" : "updating"}.`);
      return;
  }
}
