import { describe, expect, it } from "vitest";
import { parseAccessArgs } from "./access-args";

const ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const message = (argv: string[]) => {
  const r = parseAccessArgs(argv);
  return r.ok ? "ok" : r.message;
};

describe("parseAccessArgs", () => {
  it("reads the file form, values after a space or an equals sign", () => {
    expect(parseAccessArgs(["--policy", "p.json", `--key-arn=${ARN}`, "--grants", "g.json", "--trusted-accounts", "555555555555, 666666666666", "--org-id", "o-a1b2c3d4e5", "--json"])).toEqual({
      ok: true,
      data: { source: "file", policyFile: "p.json", grantsFile: "g.json", keyArn: ARN, trustedAccounts: ["555555555555", "666666666666"], orgId: "o-a1b2c3d4e5" },
    });
  });

  it("reads the database form", () => {
    expect(parseAccessArgs(["--key", ARN, "--json"])).toEqual({ ok: true, data: { source: "database", keyArn: ARN, trustedAccounts: undefined, orgId: undefined } });
  });

  it.each([
    [["--policy", "p.json", "--key-arn", ARN], "--json is required (it is the only output format)"],
    [["--policy", "p.json", "--json"], "--policy needs --key-arn <arn> (the key the policy belongs to)"],
    [["--json"], "give either --policy <file> with --key-arn <arn>, or --key <arn>"],
    [["--key", ARN, "--policy", "p.json", "--json"], "give either --policy <file> with --key-arn <arn>, or --key <arn>"],
    [["--key", ARN, "--grants", "g.json", "--json"], "--key reads the policy and grants from the database: leave out --key-arn and --grants"],
    [["--policy", "p.json", "--key-arn", "alias/app", "--json"], '"alias/app" is not a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-…'],
    [["--policy", "--key-arn", ARN, "--json"], "--policy needs a value"],
    [["--policy", "p.json", "--key-arn", ARN, "--json", "--yaml"], 'unknown option "--yaml"'],
    [["--policy", "p.json", "--policy", "q.json", "--key-arn", ARN, "--json"], "--policy is given twice"],
    [["--key", ARN, "--trusted-accounts", "12345", "--json"], '--trusted-accounts: "12345" is not a 12-digit account id'],
    [["--key", ARN, "--org-id", "acme", "--json"], '--org-id: "acme" is not an organization id such as o-a1b2c3d4e5'],
  ])("%j: %s", (argv, expected) => {
    expect(message(argv)).toBe(expected);
  });
});
