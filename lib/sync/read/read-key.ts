import type { GetKeyRotationStatusResponse, GrantListEntry, KeyMetadata, RotationsListEntry, Tag } from "@aws-sdk/client-kms";
import { collect, isAwsCallError, type KmsClient } from "@/lib/aws";
import { planKeyCalls, type KeyReadOperation } from "./key-calls";
import { isOptionalOperation, OptionalOperations, UNAVAILABLE } from "./optional-operations";

export type RotationStatus = Pick<GetKeyRotationStatusResponse, "KeyRotationEnabled" | "RotationPeriodInDays" | "NextRotationDate" | "OnDemandRotationStartDate">;

/** What the reads returned; `undefined` = the read failed, `null` = the key type has no such thing. */
export type KeyParts = {
  policy?: string;
  rotationStatus?: RotationStatus | null;
  /** Every key material (IncludeKeyMaterial ALL_KEY_MATERIAL): completed rotations and the first material. */
  rotations?: RotationsListEntry[] | null;
  grants?: GrantListEntry[];
  tags?: Tag[];
};

export type PartFailure = { operation: KeyReadOperation; error: unknown };

export type KeyRead =
  | { kind: "read"; arn: string; metadata: KeyMetadata; parts: KeyParts; failures: PartFailure[] }
  /** KMS no longer knows the key: it was deleted after ListKeys listed it. */
  | { kind: "gone"; arn: string }
  | { kind: "failed"; arn: string; operation: "DescribeKey"; error: unknown };

const READERS: Record<KeyReadOperation, (kms: KmsClient, arn: string) => Promise<Partial<KeyParts>>> = {
  GetKeyPolicy: async (kms, arn) => ({ policy: (await kms.send("GetKeyPolicy", { KeyId: arn, PolicyName: "default" })).Policy ?? "" }),
  ListGrants: async (kms, arn) => ({ grants: (await collect(kms.paginate("ListGrants", { KeyId: arn }))).flatMap((p) => p.Grants ?? []) }),
  GetKeyRotationStatus: async (kms, arn) => {
    const { KeyRotationEnabled, RotationPeriodInDays, NextRotationDate, OnDemandRotationStartDate } = await kms.send("GetKeyRotationStatus", { KeyId: arn });
    return { rotationStatus: { KeyRotationEnabled, RotationPeriodInDays, NextRotationDate, OnDemandRotationStartDate } };
  },
  ListKeyRotations: async (kms, arn) => ({
    rotations: (await collect(kms.paginate("ListKeyRotations", { KeyId: arn, IncludeKeyMaterial: "ALL_KEY_MATERIAL" }))).flatMap((p) => p.Rotations ?? []),
  }),
  ListResourceTags: async (kms, arn) => ({ tags: (await collect(kms.paginate("ListResourceTags", { KeyId: arn }))).flatMap((p) => p.Tags ?? []) }),
};

const aborted = (error: unknown) => isAwsCallError(error, "aborted");

/**
 * DescribeKey, then every read the key's type allows, concurrently (each within its own quota). An
 * optional read the endpoint does not know is no failure: its part stays unread (as stored), and
 * `optional` skips it for the rest of the run.
 */
export async function readKey(kms: KmsClient, arn: string, optional = new OptionalOperations()): Promise<KeyRead> {
  let metadata: KeyMetadata | undefined;
  try {
    metadata = (await kms.send("DescribeKey", { KeyId: arn })).KeyMetadata;
  } catch (error) {
    if (isAwsCallError(error, "not-found")) return { kind: "gone", arn };
    if (aborted(error)) throw error;
    return { kind: "failed", arn, operation: "DescribeKey", error };
  }
  if (!metadata) return { kind: "failed", arn, operation: "DescribeKey", error: new Error("DescribeKey returned no KeyMetadata") };
  const parts: KeyParts = { rotationStatus: null, rotations: null, tags: metadata.KeyManager === "CUSTOMER" ? undefined : [] };
  const failures: PartFailure[] = [];
  const unread = (operation: KeyReadOperation) => {
    if (operation === "GetKeyRotationStatus") parts.rotationStatus = undefined;
    if (operation === "ListKeyRotations") parts.rotations = undefined;
  };
  await Promise.all(
    planKeyCalls(metadata).map(async (operation) => {
      const read = () => READERS[operation](kms, arn);
      try {
        const part = isOptionalOperation(operation) ? await optional.call(operation, read) : await read();
        if (part === UNAVAILABLE) return unread(operation);
        Object.assign(parts, part);
      } catch (error) {
        if (aborted(error)) throw error;
        unread(operation);
        failures.push({ operation, error });
      }
    }),
  );
  if (failures.some((f) => isAwsCallError(f.error, "not-found"))) return { kind: "gone", arn };
  return { kind: "read", arn, metadata, parts, failures };
}
