import { KMS_OPERATIONS } from "./kms-operations";
import type { OperationGroup } from "./types";

const byLowerName = new Map(Object.entries(KMS_OPERATIONS).map(([name, group]) => [name.toLowerCase(), group]));

/**
 * The group of a KMS operation (`kms:Decrypt` or `Decrypt`, any case): use, manage or grant.
 * Null for a name that is not a key operation.
 */
export function operationGroup(operation: string): OperationGroup | null {
  const name = operation.toLowerCase().replace(/^kms:/, "");
  return byLowerName.get(name) ?? null;
}
