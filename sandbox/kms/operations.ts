import type { Input } from "../core/input";
import type { KmsContext } from "./kms-context";
import { createAlias, deleteAlias, updateAlias } from "./ops/alias-writes";
import { createGrant } from "./ops/create-grant";
import { createKey } from "./ops/create-key";
import { generateDataKey, generateDataKeyWithoutPlaintext } from "./ops/data-key";
import { cancelKeyDeletion, scheduleKeyDeletion } from "./ops/deletion";
import { describeKey, updateKeyDescription } from "./ops/describe-key";
import { disableKey, enableKey } from "./ops/enable-disable";
import { decrypt, encrypt } from "./ops/encrypt-decrypt";
import { getKeyLastUsage } from "./ops/key-last-usage";
import { getKeyPolicy, listKeyPolicies, putKeyPolicy } from "./ops/key-policy";
import { listAliases } from "./ops/list-aliases";
import { listGrants, listRetirableGrants } from "./ops/list-grants";
import { listKeys } from "./ops/list-keys";
import { generateMac, verifyMac } from "./ops/mac";
import { replicateKey, updatePrimaryRegion } from "./ops/replicate-key";
import { retireGrant, revokeGrant } from "./ops/retire-grant";
import { listKeyRotations, rotateKeyOnDemand } from "./ops/rotate-on-demand";
import { disableKeyRotation, enableKeyRotation, getKeyRotationStatus } from "./ops/rotation-status";
import { getPublicKey, signMessage, verifySignature } from "./ops/sign-verify";
import { listResourceTags, tagResource, untagResource } from "./ops/tags";

export type KmsHandler = (input: Input, ctx: KmsContext) => Record<string, unknown>;
export type KmsOperation = { handler: KmsHandler; readOnly: boolean; crypto?: boolean };

const read = (handler: KmsHandler): KmsOperation => ({ handler, readOnly: true });
const write = (handler: KmsHandler): KmsOperation => ({ handler, readOnly: false });
/** Cryptographic operations are read-only events in CloudTrail and charge the shared pool. */
const crypto = (handler: KmsHandler): KmsOperation => ({ handler, readOnly: true, crypto: true });

export const KMS_OPERATIONS: Record<string, KmsOperation> = {
  CreateKey: write(createKey),
  DescribeKey: read(describeKey),
  UpdateKeyDescription: write(updateKeyDescription),
  ListKeys: read(listKeys),
  ListAliases: read(listAliases),
  CreateAlias: write(createAlias),
  UpdateAlias: write(updateAlias),
  DeleteAlias: write(deleteAlias),
  ListGrants: read(listGrants),
  ListRetirableGrants: read(listRetirableGrants),
  CreateGrant: write(createGrant),
  RetireGrant: write(retireGrant),
  RevokeGrant: write(revokeGrant),
  GetKeyPolicy: read(getKeyPolicy),
  PutKeyPolicy: write(putKeyPolicy),
  ListKeyPolicies: read(listKeyPolicies),
  ListResourceTags: read(listResourceTags),
  TagResource: write(tagResource),
  UntagResource: write(untagResource),
  GetKeyRotationStatus: read(getKeyRotationStatus),
  EnableKeyRotation: write(enableKeyRotation),
  DisableKeyRotation: write(disableKeyRotation),
  RotateKeyOnDemand: write(rotateKeyOnDemand),
  ListKeyRotations: read(listKeyRotations),
  GetKeyLastUsage: read(getKeyLastUsage),
  EnableKey: write(enableKey),
  DisableKey: write(disableKey),
  ScheduleKeyDeletion: write(scheduleKeyDeletion),
  CancelKeyDeletion: write(cancelKeyDeletion),
  ReplicateKey: write(replicateKey),
  UpdatePrimaryRegion: write(updatePrimaryRegion),
  Encrypt: crypto(encrypt),
  Decrypt: crypto(decrypt),
  GenerateDataKey: crypto(generateDataKey),
  GenerateDataKeyWithoutPlaintext: crypto(generateDataKeyWithoutPlaintext),
  Sign: crypto(signMessage),
  Verify: crypto(verifySignature),
  GenerateMac: crypto(generateMac),
  VerifyMac: crypto(verifyMac),
  GetPublicKey: crypto(getPublicKey),
};
