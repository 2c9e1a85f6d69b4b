// Helpers for the access model's tests: a key in 111122223333, one more inventoried account
// (777788889999), one trusted (555555555555), the organization o-a1b2c3d4e5; 444455556666 is foreign.
import { analyseKeyAccess } from "./analyse-key-access";
import type { AccessContext, AccessEdge, GrantInput } from "./types";

export const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
export const CONTEXT: AccessContext = { keyArn: KEY_ARN, inventoriedAccounts: ["111122223333", "777788889999"], trustedAccounts: ["555555555555"], orgId: "o-a1b2c3d4e5" };

export const ROOT_STATEMENT = { Sid: "Enable IAM policies", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };

/** A policy of the root statement (so no lockout) and the given statements. */
export const withRoot = (...statements: object[]) => ({ Version: "2012-10-17", Statement: [ROOT_STATEMENT, ...statements] });

export const analyse = (policy: unknown, grants: GrantInput[] = [], context: AccessContext = CONTEXT) => analyseKeyAccess({ policy, grants }, context);

/** The edges other than the root statement's, in a compact form for literal expectations. */
export const brief = (edges: readonly AccessEdge[]) =>
  edges
    .filter((e) => e.source !== "policy:Enable IAM policies")
    .map((e) => ({ principal: e.principal, type: e.principalType, account: e.accountId, effect: e.effect, source: e.source, operations: e.operations, restrictedBy: e.restrictedBy, flags: e.flags }));

/** An Allow of kms:Decrypt to everyone under the given condition block. */
export const publicDecrypt = (Condition?: object) => ({ Sid: "Public", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*", ...(Condition ? { Condition } : {}) });
