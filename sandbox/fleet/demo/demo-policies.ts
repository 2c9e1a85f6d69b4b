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

export type PolicyKind = "default" | "console" | "crossAccount" | "orgWildcard" | "openWildcard";

/** Key policies as organisations have them, from AWS's documented examples. */
export class DemoPolicies {
  private readonly console = load("policies-default-key-policy.json").entries[1]!.parsed;
  private readonly crossStatements = load("policies-cross-account.json").entries.slice(4, 6).map((e) => e.parsed);

  policy(kind: PolicyKind, owner: string, external: string): string {
    if (kind === "default") return defaultKeyPolicy(owner);
    if (kind === "console") return prettyPolicy(retarget(this.console, owner, external));
    const root = { Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${owner}:root` }, Action: "kms:*", Resource: "*" };
    const extra =
      kind === "crossAccount"
        ? this.crossStatements.map((s) => retarget(s, owner, external))
        : kind === "orgWildcard"
          ? [{ Sid: "AllowUseWithinOrganization", Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": ORG_ID } } }]
          : [{ Sid: "AllowDecryptForAnyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }];
    return prettyPolicy({ Version: "2012-10-17", Id: `key-${kind}-1`, Statement: [root, ...extra] });
  }
}
