import type { Flag } from "./types";

/** Each flag in words, for pages and reports. */
export const FLAG_LABELS: Record<Flag, { title: string; meaning: string }> = {
  public: { title: "Public", meaning: "anyone, in any AWS account, can make a call this key allows" },
  "cross-account": { title: "Cross-account", meaning: "an account that Keywarden does not inventory and that is not trusted can use or manage this key" },
  "wide-admin": { title: "Wide admin", meaning: "someone other than the account root may change the policy, delete the key or create grants freely" },
  "unconstrained-grant": { title: "Unconstrained grant", meaning: "a grant for cryptographic operations works with any encryption context" },
  "grant-onward": { title: "Onward granting", meaning: "a grant lets its grantee create further grants" },
  "lockout-risk": { title: "Lockout risk", meaning: "no one in the key's account may change the policy: only AWS Support could" },
};
