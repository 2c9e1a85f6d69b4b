import type { GrantInput } from "@/lib/access";
import { createRng, type Rng } from "@/lib/queries/testing/prng";

export const ORG_ID = "o-a1b2c3d4e5";
export const ACCOUNTS = Array.from({ length: 20 }, (_, i) => String(111122223333 + i * 1_000_001).padStart(12, "0"));
const EXTERNAL = ["444455556666", "999988887777"];

export type KeyAccessCase = { keyArn: string; policy: string; grants: GrantInput[] };

const root = (a: string) => ({ Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${a}:root` }, Action: "kms:*", Resource: "*" });
const role = (a: string, name: string) => `arn:aws:iam::${a}:role/${name}`;
const USE = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];
const ADMIN = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"];
const persistent = (principals: string[]) => ({ Sid: "Allow attachment of persistent resources", Effect: "Allow", Principal: { AWS: principals }, Action: ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], Resource: "*", Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } } });
const everyone = (Sid: string, Action: string[], Condition?: object) => ({ Sid, Effect: "Allow", Principal: { AWS: "*" }, Action, Resource: "*", ...(Condition ? { Condition } : {}) });

type Shape = (rng: Rng, a: string) => object[];

// Key policies as organisations have them: mostly defaults and console policies, a few risky ones.
const SHAPES: [Shape, number][] = [
  [(_, a) => [root(a)], 40],
  [(rng, a) => { const users = [role(a, rng.pick(["app", "worker", "etl"])), role(a, "ci-deploy")]; return [root(a), { Sid: "Allow access for Key Administrators", Effect: "Allow", Principal: { AWS: [role(a, "KeyAdmin")] }, Action: ADMIN, Resource: "*" }, { Sid: "Allow use of the key", Effect: "Allow", Principal: { AWS: users }, Action: USE, Resource: "*" }, persistent(users)]; }, 25],
  [(rng, a) => { const ext = `arn:aws:iam::${rng.pick([...EXTERNAL, rng.pick(ACCOUNTS)])}:root`; return [root(a), { Sid: "Allow an external account to use this KMS key", Effect: "Allow", Principal: { AWS: [ext] }, Action: USE, Resource: "*" }, persistent([ext])]; }, 8],
  [(_, a) => [root(a), everyone("AllowUseWithinOrganization", ["kms:Decrypt", "kms:DescribeKey"], { StringEquals: { "aws:PrincipalOrgID": ORG_ID } })], 7],
  [(rng, a) => [root(a), everyone("Allow access through the service", [...USE, "kms:CreateGrant"], { StringEquals: { "kms:CallerAccount": a, "kms:ViaService": `${rng.pick(["ec2", "s3", "rds", "secretsmanager"])}.us-east-1.amazonaws.com` } })], 11],
  [(_, a) => [root(a), everyone("OrgUse", USE), { Sid: "DenyOutsideOrg", Effect: "Deny", Principal: "*", Action: "kms:*", Resource: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": ORG_ID } } }], 4],
  [(rng, a) => [root(a), { Sid: "Restrict usage to my VPC endpoint", Effect: "Deny", Principal: "*", Action: USE, Resource: "*", Condition: { StringNotEquals: { "aws:sourceVpce": `vpce-${rng.hex(17)}` } } }], 3],
  [(_, a) => [root(a), everyone("AllowDecryptForAnyone", ["kms:Decrypt"], { StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } })], 1],
  [(_, a) => [{ Sid: "Allow use of the key", Effect: "Allow", Principal: { AWS: role(a, "app") }, Action: USE, Resource: "*" }], 1],
];

function grantsFor(rng: Rng, a: string): GrantInput[] {
  const n = rng.weighted([[0, 50], [1, 25], [2, 10], [3, 5], [rng.int(4, 10), 10]] as const);
  return Array.from({ length: n }, () => {
    const GrantId = rng.hex(64);
    return rng.weighted<GrantInput>([
      [{ GrantId, GranteePrincipal: `${a}:aws:ec2-infrastructure:i-0${rng.hex(16)}`, Operations: ["Decrypt"], Constraints: { EncryptionContextSubset: { "aws:ebs:id": `vol-0${rng.hex(16)}` } } }, 40],
      [{ GrantId, GranteePrincipal: role(a, "aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS"), Operations: ["Decrypt", "Encrypt", "GenerateDataKey", "ReEncryptFrom", "ReEncryptTo", "CreateGrant", "RetireGrant", "DescribeKey"] }, 20],
      [{ GrantId, Name: "app-access", GranteePrincipal: role(a, "app"), RetiringPrincipal: role(a, "ci-deploy"), Operations: ["Decrypt", "Encrypt", "GenerateDataKey"] }, 25],
      [{ GrantId, GranteePrincipal: role(a, "tenant"), Operations: ["Decrypt", "GenerateDataKey"], Constraints: { EncryptionContextEquals: { tenant: `t-${rng.int(1000, 9999)}` } } }, 10],
      [{ GrantId, Name: "cross-account-read", GranteePrincipal: role(rng.pick(EXTERNAL), "reader"), Operations: ["Decrypt", "DescribeKey"] }, 5],
    ]);
  });
}

/** `count` keys' policies (as GetKeyPolicy returns their text) and grants (as ListGrants does). */
export function keyAccessMix(count: number, seed = 42): KeyAccessCase[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const a = rng.pick(ACCOUNTS);
    const keyArn = `arn:aws:kms:${rng.pick(["us-east-1", "eu-west-1", "ap-southeast-2"])}:${a}:key/${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
    const doc = { Version: "2012-10-17", Id: "key-policy-1", Statement: rng.weighted(SHAPES)(rng, a) };
    // One policy in a thousand is stored cut short, as a failed or truncated read leaves it.
    const text = JSON.stringify(doc, null, 2);
    return { keyArn, policy: rng.chance(0.001) ? text.slice(0, rng.int(10, text.length - 2)) : text, grants: grantsFor(rng, a) };
  });
}
