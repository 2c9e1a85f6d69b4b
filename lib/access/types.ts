export type Flag = "public" | "cross-account" | "wide-admin" | "unconstrained-grant" | "grant-onward" | "lockout-risk";

export type PrincipalType = "everyone" | "account" | "role" | "user" | "assumed-role" | "service" | "federated" | "canonical-user";

export type OperationGroup = "use" | "manage" | "grant";

/** One condition entry as written: `{ operator: { key: value } }` flattened. */
export type PolicyCondition = { operator: string; key: string; value: unknown };

/** A grant constraint as written in ListGrants. */
export type GrantConstraint = { constraint: "EncryptionContextEquals" | "EncryptionContextSubset"; value: Record<string, string> };

export type AccessEdge = {
  principal: string;
  principalType: PrincipalType;
  accountId: string | null;
  operations: readonly string[];
  effect: "Allow" | "Deny";
  /** `policy:<Sid>`, `policy:#<index>` or `grant:<GrantId>`. */
  source: string;
  conditions: (PolicyCondition | GrantConstraint)[];
  /** Deny statements (their sources) that confine this Allow to the identities they spare. */
  restrictedBy: string[];
  flags: Flag[];
};

export type AccessFinding = { flag: Flag; source: string; explanation: string };

export type AccessReport =
  | { valid: true; flags: Flag[]; findings: AccessFinding[]; edges: AccessEdge[] }
  | { valid: false; error: string; flags: Flag[]; findings: AccessFinding[]; edges: AccessEdge[] };

/** A grant as ListGrants returns it (fields that do not matter here are ignored). */
export type GrantInput = {
  GrantId?: string;
  Name?: string;
  GranteePrincipal?: string;
  RetiringPrincipal?: string;
  Operations?: string[];
  Constraints?: { EncryptionContextEquals?: Record<string, string>; EncryptionContextSubset?: Record<string, string> } | null;
};

export type AccessContext = {
  keyArn: string;
  /** Accounts Keywarden inventories. */
  inventoriedAccounts?: readonly string[];
  /** KEYWARDEN_TRUSTED_ACCOUNTS. */
  trustedAccounts?: readonly string[];
  /** KEYWARDEN_ORG_ID. */
  orgId?: string;
  /**
   * `AWS` for an AWS managed key: AWS owns its policy, which no one in the account may change, so
   * wide-admin and lockout-risk (about who administers the policy) are not reported for it.
   */
  keyManager?: string;
};
