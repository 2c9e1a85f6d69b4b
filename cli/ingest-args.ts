import { readFlags, type Parsed } from "./cli-flags";
import { isAccountId } from "@/lib/aws/arn";

export const INGEST_USAGE = "Usage: npm run ingest -- --from-dir <dir> | --s3 | --lookup [--accounts <id,…>] [--regions <region,…>]";

export type IngestArgs =
  | { mode: "dir"; dir: string }
  | { mode: "s3" }
  | { mode: "lookup"; accounts: string[]; regions: string[] };

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function parseIngestArgs(argv: readonly string[]): Parsed<IngestArgs> {
  const read = readFlags(argv, ["--from-dir", "--accounts", "--regions"], ["--s3", "--lookup"]);
  if (!read.ok) return read;
  const { values, switches } = read.data;
  const modes = [values.has("--from-dir"), switches.has("--s3"), switches.has("--lookup")].filter(Boolean).length;
  if (modes !== 1) return { ok: false, message: "give exactly one of --from-dir <dir>, --s3 and --lookup" };
  if (!switches.has("--lookup") && (values.has("--accounts") || values.has("--regions"))) {
    return { ok: false, message: "--accounts and --regions go with --lookup" };
  }
  const dir = values.get("--from-dir");
  if (dir !== undefined) return { ok: true, data: { mode: "dir", dir } };
  if (switches.has("--s3")) return { ok: true, data: { mode: "s3" } };
  const accounts = list(values.get("--accounts"));
  const badAccount = accounts.find((a) => !isAccountId(a));
  if (badAccount) return { ok: false, message: `--accounts takes 12-digit account ids, got "${badAccount}"` };
  const regions = list(values.get("--regions"));
  const badRegion = regions.find((r) => !REGION.test(r));
  if (badRegion) return { ok: false, message: `--regions takes AWS Regions such as us-east-1, got "${badRegion}"` };
  return { ok: true, data: { mode: "lookup", accounts, regions } };
}

const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
