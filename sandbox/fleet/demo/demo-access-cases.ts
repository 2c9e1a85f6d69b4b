import { createHash } from "node:crypto";
import { DAY } from "../../core/clock";
import { rootArn } from "../../core/arn";
import type { Grant, KmsKey } from "../../kms/model";
import { defaultKeyPolicy } from "../../kms/policy/default-policies";
import type { DemoContext, DemoKey } from "./demo-context";
import { POLICY_FLAGS, type PolicyKind } from "./demo-policies";

/** An account outside the organisation: a partner Keywarden does not inventory. */
export const PARTNER_ACCOUNT = "222233334444";

const POLICY_CASES: PolicyKind[] = ["openWildcard", "orgWildcard", "viaServiceOnly", "denyOutsideOrg", "lockedOut"];

const hex = (seed: string, length: number) => {
  let out = "";
  for (let i = 0; out.length < length; i++) out += createHash("sha256").update(`${seed}:${i}`).digest("hex");
  return out.slice(0, length);
};

function grant(key: KmsKey, name: string, g: Pick<Grant, "GranteePrincipal" | "Operations" | "Constraints">): Grant {
  const CreationDate = key.CreationDate + DAY;
  return { GrantId: hex(`${key.KeyId}/${name}`, 64), GrantToken: hex(`${key.KeyId}/${name}/token`, 128), Name: name, CreationDate, IssuingAccount: rootArn(key.AWSAccountId), ...g };
}

/**
 * The access cases a review must catch, each on its own key of the home account's first Region
 * (keys without grants, older than the trail's 90 days, so no history changes): a public key, one
 * restricted by aws:PrincipalOrgID, one "restricted" by kms:ViaService only, a Deny-unless-org
 * policy, a locked-out policy, a grant to a partner account, a grant that allows CreateGrant.
 * Keys are chosen by key id, not drawn, so the rest of the fleet stays as its seed makes it.
 */
export function applyAccessCases(ctx: DemoContext, keys: readonly DemoKey[]): void {
  const candidates = keys
    .map((d) => d.key)
    .filter((k) => k.KeyManager === "CUSTOMER" && k.KeySpec === "SYMMETRIC_DEFAULT" && k.Origin === "AWS_KMS" && k.KeyState === "Enabled" && !k.KeyId.startsWith("mrk-"))
    .filter((k) => k.grants.length === 0 && k.CreationDate < ctx.start - 2 * DAY)
    .sort((a, b) => (a.KeyId < b.KeyId ? -1 : 1));
  if (candidates.length < POLICY_CASES.length + 2) throw new Error(`demo fleet: ${candidates.length} keys for the access cases, ${POLICY_CASES.length + 2} needed`);
  POLICY_CASES.forEach((kind, i) => {
    const key = candidates[i]!;
    key.policy = ctx.policies.policy(kind, key.AWSAccountId, key.AWSAccountId, key.Region);
    key.expectedAccessFlags = [...POLICY_FLAGS[kind]];
  });
  const [partner, onward] = candidates.slice(POLICY_CASES.length) as [KmsKey, KmsKey];
  for (const key of [partner, onward]) key.policy = defaultKeyPolicy(key.AWSAccountId);
  const tenant = { EncryptionContextSubset: { tenant: "t-partner" } };
  partner.grants.push(grant(partner, "partner-analytics-read", { GranteePrincipal: `arn:aws:iam::${PARTNER_ACCOUNT}:role/analytics-reader`, Operations: ["Decrypt", "DescribeKey"], Constraints: tenant }));
  partner.expectedAccessFlags = ["cross-account"];
  const app = `arn:aws:iam::${onward.AWSAccountId}:role/ci-deploy`;
  onward.grants.push(grant(onward, "deploy-delegation", { GranteePrincipal: app, Operations: ["Decrypt", "CreateGrant"], Constraints: { EncryptionContextSubset: { stage: "deploy" } } }));
  onward.expectedAccessFlags = ["grant-onward"];
}
