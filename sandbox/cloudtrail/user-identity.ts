import type { Caller } from "../auth/caller";
import { isoSeconds } from "../core/time-format";

/** CloudTrail's userIdentity block for a caller; `invokedBy` when a service acted for them. */
export function userIdentity(caller: Caller, invokedBy?: string): Record<string, unknown> {
  const base: Record<string, unknown> = {
    type: caller.kind,
    principalId: caller.principalId,
    arn: caller.arn,
    accountId: caller.accountId,
    accessKeyId: caller.accessKeyId,
  };
  if (caller.kind === "IAMUser") base.userName = caller.userName;
  if (caller.session) {
    base.sessionContext = {
      sessionIssuer: {
        type: "Role",
        principalId: caller.session.roleId,
        arn: caller.session.roleArn,
        accountId: caller.accountId,
        userName: caller.session.roleName,
      },
      webIdFederationData: {},
      attributes: { creationDate: isoSeconds(caller.session.createdAt), mfaAuthenticated: "false" },
    };
  }
  if (invokedBy) base.invokedBy = invokedBy;
  return base;
}
