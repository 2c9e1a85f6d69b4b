export type SyncCliArgs = { full: boolean; accounts?: string[]; regions?: string[]; help: boolean };

export class CliArgsError extends Error {}

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

function list(flag: string, value: string | undefined, pattern: RegExp, what: string): string[] {
  if (value === undefined || value.startsWith("--")) throw new CliArgsError(`${flag} needs a comma-separated list`);
  const items = value.split(",").map((v) => v.trim()).filter(Boolean);
  if (items.length === 0) throw new CliArgsError(`${flag} needs a comma-separated list`);
  const bad = items.find((v) => !pattern.test(v));
  if (bad !== undefined) throw new CliArgsError(`${flag}: "${bad}" is not ${what}`);
  return [...new Set(items)];
}

/** `npm run sync -- [--full] [--accounts <ids>] [--regions <list>]`; throws CliArgsError with a one-line message. */
export function parseSyncArgs(argv: readonly string[]): SyncCliArgs {
  const args: SyncCliArgs = { full: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag === arg ? undefined : arg.slice(eq + 1);
    const value = () => inline ?? argv[++i];
    if (flag === "--full" && inline === undefined) args.full = true;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag === "--accounts") args.accounts = list(flag, value(), ACCOUNT, "a 12-digit AWS account id");
    else if (flag === "--regions") args.regions = list(flag, value(), REGION, "an AWS Region such as eu-west-1");
    else throw new CliArgsError(`unknown option "${arg}" (options: --full, --accounts <ids>, --regions <list>)`);
  }
  return args;
}

export const SYNC_USAGE = `usage: npm run sync -- [--full] [--accounts <id,id>] [--regions <region,region>]
  Incremental sync by default (CloudTrail changes since the last sync); --full reads every key.`;
