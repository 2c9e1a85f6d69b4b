import { isAccountId } from "@/lib/aws/arn";
import { asRecord, text } from "./record-fields";

export type Principal = {
  principalType: string | null;
  principalArn: string | null;
  principalAccountId: string | null;
  sessionIssuerArn: string | null;
  invokedBy: string | null;
};

/** Who made the call, from userIdentity (whose fields vary by type and eventVersion). */
export function principalOf(userIdentity: unknown): Principal {
  const ui = asRecord(userIdentity) ?? {};
  const issuer = asRecord(asRecord(ui.sessionContext)?.sessionIssuer);
  const arn = text(ui.arn);
  const invokedBy = text(ui.invokedBy);
  // KMS's own service events ("AWS Internal") carry no type: they are AWS acting as a service.
  const type = text(ui.type) ?? (!arn && invokedBy ? "AWSService" : null);
  const account = text(ui.accountId);
  return {
    principalType: type,
    principalArn: arn,
    principalAccountId: account,
    sessionIssuerArn: text(issuer?.arn),
    invokedBy,
  };
}

/** The account a key named by bare id belongs to: the caller's (KMS needs an ARN across accounts). */
export function callerAccount(principal: Principal, eventAccount: string): string {
  return isAccountId(principal.principalAccountId) ? principal.principalAccountId : eventAccount;
}
