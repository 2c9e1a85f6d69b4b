import { readFlags, parseIsoTime, type Parsed } from "./cli-flags";
import type { AuditExportFilter } from "@/lib/export/audit/export-filter";
import type { ExportFormat } from "@/lib/export/audit/export-format";
import { isKeyArn } from "@/lib/aws/arn";

export const EXPORT_USAGE = "Usage: npm run audit:export -- [--json|--csv] [--key <key ARN>] [--since <ISO time>] [--until <ISO time>]";

export type ExportArgs = { format: ExportFormat; filter: AuditExportFilter };

/** `--json` (the default) or `--csv`, and the optional filters; since is inclusive, until exclusive. */
export function parseExportArgs(argv: readonly string[]): Parsed<ExportArgs> {
  const read = readFlags(argv, ["--key", "--since", "--until"], ["--json", "--csv"]);
  if (!read.ok) return read;
  const { values, switches } = read.data;
  if (switches.has("--json") && switches.has("--csv")) return { ok: false, message: "choose one of --json and --csv" };
  const filter: AuditExportFilter = {};
  const key = values.get("--key");
  if (key !== undefined) {
    if (!isKeyArn(key)) return { ok: false, message: `--key must be a key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab, got "${key}"` };
    filter.keyArn = key;
  }
  for (const flag of ["--since", "--until"] as const) {
    const text = values.get(flag);
    if (text === undefined) continue;
    const time = parseIsoTime(text);
    if (!time) return { ok: false, message: `${flag} must be an ISO-8601 time such as 2026-06-01 or 2026-06-01T12:00:00Z, got "${text}"` };
    filter[flag === "--since" ? "since" : "until"] = time;
  }
  if (filter.since && filter.until && filter.since >= filter.until) return { ok: false, message: "--since must be earlier than --until" };
  return { ok: true, data: { format: switches.has("--csv") ? "csv" : "json", filter } };
}
