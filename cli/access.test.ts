import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const dir = mkdtempSync(path.join(tmpdir(), "keywarden-access-"));
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};

/** `npm run -s access -- …` as another tool calls it. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "-s", "access", "--", ...args], { cwd: path.join(import.meta.dirname, ".."), env: { ...process.env, KEYWARDEN_TRUSTED_ACCOUNTS: "", KEYWARDEN_ORG_ID: "" } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const root = { Sid: "Root", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const orgUse = { Sid: "OrgUse", Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } };

describe("npm run access", () => {
  it("prints the analysis as one JSON object and exits 0, whatever the flags; invalid policies are analysed too", async () => {
    const policy = file("policy.json", { Version: "2012-10-17", Statement: [root, orgUse] });
    const grants = file("grants.json", { Grants: [{ GrantId: "g-1", GranteePrincipal: "arn:aws:iam::444455556666:role/Reader", Operations: ["Decrypt", "CreateGrant"], KeyId: ARN }] });
    const [withOrg, noOrg, notJson, notPolicy] = await Promise.all([
      run(["--policy", policy, "--key-arn", ARN, "--grants", grants, "--trusted-accounts", "444455556666", "--org-id", "o-a1b2c3d4e5", "--json"]),
      run(["--policy", policy, "--key-arn", ARN, "--grants", grants, "--json"]),
      run(["--policy", file("text.json", "Version: 2012-10-17"), "--key-arn", ARN, "--json"]),
      run(["--policy", file("identity.json", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }] }), "--key-arn", ARN, "--json"]),
    ]);
    expect(withOrg.code).toBe(0);
    expect(withOrg.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(withOrg.stdout)).toEqual({
      valid: true,
      flags: ["unconstrained-grant", "grant-onward"],
      findings: [
        { flag: "unconstrained-grant", source: "grant:g-1", explanation: "the grant allows cryptographic operations with no encryption context constraint" },
        { flag: "grant-onward", source: "grant:g-1", explanation: "the grant lets arn:aws:iam::444455556666:role/Reader create grants of its own" },
      ],
      edges: [
        { principal: "arn:aws:iam::111122223333:root", principalType: "account", accountId: "111122223333", operations: expect.any(Array), effect: "Allow", source: "policy:Root", conditions: [], restrictedBy: [], flags: [] },
        {
          principal: "*",
          principalType: "everyone",
          accountId: null,
          operations: ["kms:Decrypt"],
          effect: "Allow",
          source: "policy:OrgUse",
          conditions: [{ operator: "StringEquals", key: "aws:PrincipalOrgID", value: "o-a1b2c3d4e5" }],
          restrictedBy: [],
          flags: [],
        },
        {
          principal: "arn:aws:iam::444455556666:role/Reader",
          principalType: "role",
          accountId: "444455556666",
          operations: ["kms:Decrypt", "kms:CreateGrant"],
          effect: "Allow",
          source: "grant:g-1",
          conditions: [],
          restrictedBy: [],
          flags: ["unconstrained-grant", "grant-onward"],
        },
      ],
    });
    expect(noOrg.code).toBe(0);
    expect(JSON.parse(noOrg.stdout).flags).toEqual(["cross-account", "unconstrained-grant", "grant-onward"]);
    expect(notJson.code).toBe(0);
    expect(JSON.parse(notJson.stdout)).toEqual({ valid: false, error: "not valid JSON: Unexpected token 'V', \"Version: 2012-10-17\" is not valid JSON", flags: [], findings: [], edges: [] });
    expect(notPolicy.code).toBe(0);
    expect(JSON.parse(notPolicy.stdout)).toMatchObject({ valid: false, error: "statement #0: needs exactly one of Principal and NotPrincipal" });
  }, 60_000);

  it("exits 2 with one line on stderr on bad arguments and unreadable files", async () => {
    const policy = file("ok.json", { Statement: [root] });
    const runs = await Promise.all([
      run(["--policy", policy, "--key-arn", "not-an-arn", "--json"]),
      run(["--policy", path.join(dir, "missing.json"), "--key-arn", ARN, "--json"]),
      run(["--policy", policy, "--key-arn", ARN, "--grants", file("grants-bad.json", { grants: [] }), "--json"]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(runs.map((r) => r.stderr.replace(/\. usage: .*$/s, ""))).toEqual([
      'access: "not-an-arn" is not a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-…',
      `access: --policy: cannot read ${path.join(dir, "missing.json")}: ENOENT`,
      `access: --grants: ${path.join(dir, "grants-bad.json")} is not a ListGrants response ({"Grants": [...]}): Grants Invalid input: expected array, received undefined`,
    ]);
  }, 60_000);
});
