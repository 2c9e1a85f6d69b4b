import { err, ok, type Result } from "@/lib/result";

export type AccessArgs =
  | { source: "file"; policyFile: string; grantsFile: string | undefined; keyArn: string; trustedAccounts: string[] | undefined; orgId: string | undefined }
  | { source: "database"; keyArn: string; trustedAccounts: string[] | undefined; orgId: string | undefined };

export const ACCESS_USAGE =
  "usage: npm run -s access -- --policy <file> --key-arn <arn> [--grants <file>] [--trusted-accounts <ids>] [--org-id <id>] --json | --key <arn> [--trusted-accounts <ids>] [--org-id <id>] --json";

const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
const ORG_ID = /^o-[a-z0-9]{10,32}$/;
const WITH_VALUE = ["policy", "grants", "key-arn", "key", "trusted-accounts", "org-id"];

/** The command's flags, as `--name value` or `--name=value`; any problem is one line for stderr. */
export function parseAccessArgs(argv: readonly string[]): Result<AccessArgs> {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") {
      json = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !WITH_VALUE.includes(match[1]!)) return err("invalid_input", `unknown option ${JSON.stringify(arg)}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === "" || (match[2] === undefined && value.startsWith("--"))) return err("invalid_input", `--${match[1]} needs a value`);
    if (values.has(match[1]!)) return err("invalid_input", `--${match[1]} is given twice`);
    values.set(match[1]!, value);
  }
  if (!json) return err("invalid_input", "--json is required (it is the only output format)");
  const trusted = values.get("trusted-accounts")?.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = trusted?.find((a) => !/^\d{12}$/.test(a));
  if (bad !== undefined) return err("invalid_input", `--trusted-accounts: "${bad}" is not a 12-digit account id`);
  const orgId = values.get("org-id");
  if (orgId !== undefined && !ORG_ID.test(orgId)) return err("invalid_input", `--org-id: "${orgId}" is not an organization id such as o-a1b2c3d4e5`);
  const keyArn = values.get("key") ?? values.get("key-arn");
  if (values.has("key") === values.has("policy")) return err("invalid_input", "give either --policy <file> with --key-arn <arn>, or --key <arn>");
  if (values.has("key") && (values.has("key-arn") || values.has("grants"))) return err("invalid_input", "--key reads the policy and grants from the database: leave out --key-arn and --grants");
  if (keyArn === undefined) return err("invalid_input", "--policy needs --key-arn <arn> (the key the policy belongs to)");
  if (!KEY_ARN.test(keyArn)) return err("invalid_input", `"${keyArn}" is not a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-…`);
  const common = { keyArn, trustedAccounts: trusted, orgId };
  const policyFile = values.get("policy");
  return ok(policyFile === undefined ? { source: "database", ...common } : { source: "file", policyFile, grantsFile: values.get("grants"), ...common });
}
