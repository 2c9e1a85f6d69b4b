import { readFileSync } from "node:fs";
import path from "node:path";
import { prettyPolicy } from "../../kms/policy/pretty-policy";
import { defaultKeyPolicy } from "../../kms/policy/default-policies";
import { ORG_ID } from "../org";

type FixtureFile = { entries: { parsed: unknown }[] };

const fixtures = path.join(__dirname, "..", "..", "fixtures");
const load = (file: string) => JSON.parse(readFileSync(path.join(fixtures, file), "utf8")) as FixtureFile;

/** Fixture policies name 111122223333 as owner and 444455556666 as the external account. */
function retarget(doc: unknown, owner: string, external: string): unknown {
  const text = JSON.stringify(doc).replaceAll("444455556666", "\u0000EXT\u0000").replaceAll("111122223333", owner).replaceAll("\u0000EXT\u0000", external);
  return JSON.parse(text);
}

export type PolicyKind = "default" | "console" | "crossAccount" | "orgWildcard" | "openWildcard" | "viaServiceOnly" | "denyOutsideOrg" | "lockedOut";

/**
 * What an access review should flag for each kind, when the external account is another account of
 * the organisation and the review knows the organisation's accounts and id. Written by hand.
 */
export const POLICY_FLAGS: Record<PolicyKind, string[]> = {
  default: [],
  // Key administrators may PutKeyPolicy, ScheduleKeyDeletion and CreateGrant (kms:Create*, kms:Put*).
  console: ["wide-admin"],
  crossAccount: [],
  orgWildcard: [],
  openWildcard: ["public"],
  // kms:ViaService says which service calls, not who the caller is.
  viaServiceOnly: ["public"],
  denyOutsideOrg: [],
  // Nobody in the account may call PutKeyPolicy any more.
  lockedOut: ["lockout-risk"],
};

const USE = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];

/** Key policies as organisations have them, from AWS's documented examples. */
export class DemoPolicies {
  private readonly console = load("policies-default-key-policy.json").entries[1]!.parsed;
  private readonly crossStatements = load("policies-cross-account.json").entries.slice(4, 6).map((e) => e.parsed);

  policy(kind: PolicyKind, owner: string, external: string, region = "us-east-1"): string {
    if (kind === "default") return defaultKeyPolicy(owner);
    if (kind === "console") return prettyPolicy(retarget(this.console, owner, external));
    const root = { Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${owner}:root` }, Action: "kms:*", Resource: "*" };
    const statements: Record<Exclude<PolicyKind, "default" | "console">, unknown[]> = {
      crossAccount: [root, ...this.crossStatements.map((s) => retarget(s, owner, external))],
      orgWildcard: [root, { Sid: "AllowUseWithinOrganization", Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": ORG_ID } } }],
      openWildcard: [root, { Sid: "AllowDecryptForAnyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }],
      viaServiceOnly: [root, { Sid: "AllowUseThroughS3", Effect: "Allow", Principal: { AWS: "*" }, Action: USE, Resource: "*", Condition: { StringEquals: { "kms:ViaService": `s3.${region}.amazonaws.com` } } }],
      denyOutsideOrg: [
        root,
        { Sid: "AllowUseByAnyone", Effect: "Allow", Principal: { AWS: "*" }, Action: USE, Resource: "*" },
        { Sid: "DenyOutsideOrganization", Effect: "Deny", Principal: "*", Action: "kms:*", Resource: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": ORG_ID } } },
      ],
      lockedOut: [{ Sid: "EverythingButThePolicy", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${owner}:root` }, NotAction: "kms:PutKeyPolicy", Resource: "*" }],
    };
    return prettyPolicy({ Version: "2012-10-17", Id: `key-${kind}-1`, Statement: statements[kind] });
  }
}
