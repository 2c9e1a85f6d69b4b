// `npm run -s access -- --policy <file> --key-arn <arn> [--grants <file>] … --json`, or `--key <arn> --json`
// for an inventoried key: who can do what with the key, as one JSON object on stdout. Exit 0 when
// analysed (an invalid policy included: "valid": false), 2 on bad arguments or unreadable files.
import { analyseKeyAccess, type AccessReport } from "@/lib/access";
import { ConfigError, getConfig } from "@/lib/config";
import { openDatabase } from "@/lib/db/open-database";
import { readKeyAccess } from "@/lib/queries/key-access/read-key-access";
import type { Result } from "@/lib/result";
import { ACCESS_USAGE, parseAccessArgs, type AccessArgs } from "./access-args";
import { readGrantsFile, readPolicyFile } from "./access-files";

function usageError(message: string): never {
  console.error(`access: ${message}. ${ACCESS_USAGE}`);
  process.exit(2);
}

const data = <T>(r: Result<T>): T => (r.ok ? r.data : usageError(r.message));

async function analyse(args: AccessArgs): Promise<AccessReport> {
  const config = getConfig();
  const trust = { trustedAccounts: args.trustedAccounts ?? config.access.trustedAccounts, orgId: args.orgId ?? config.access.orgId };
  if (args.source === "file") {
    const policy = data(readPolicyFile(args.policyFile));
    const grants = args.grantsFile === undefined ? [] : data(readGrantsFile(args.grantsFile));
    return analyseKeyAccess({ policy, grants }, { keyArn: args.keyArn, ...trust });
  }
  const db = await openDatabase({ log: (line) => console.error(line) });
  try {
    const input = await readKeyAccess(db.prisma, args.keyArn, trust);
    if (!input) usageError(`${args.keyArn} is not in the inventory`);
    return analyseKeyAccess(input, input.context);
  } finally {
    await db.close();
  }
}

async function main() {
  const args = data(parseAccessArgs(process.argv.slice(2)));
  const report = await analyse(args);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  console.error(`access failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
