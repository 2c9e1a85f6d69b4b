import { AwsError } from "../../core/errors";
import type { KmsContext } from "../kms-context";
import { policyAllows } from "./evaluate-policy";
import { validatePolicy } from "./validate-policy";

/**
 * Validates a policy and applies the lockout safety check: unless bypassed, the new policy must
 * still let the caller call PutKeyPolicy (KMS Developer Guide, "Default key policy").
 */
export function checkNewPolicy(ctx: KmsContext, policy: string, bypassLockoutCheck: boolean): void {
  validatePolicy(policy);
  if (bypassLockoutCheck) return;
  if (!policyAllows(policy, { caller: ctx.caller, action: "kms:PutKeyPolicy", orgId: ctx.world.fleet.orgId })) {
    throw new AwsError(
      "MalformedPolicyDocumentException",
      "The new key policy will not allow you to update the key policy in the future.",
    );
  }
}
