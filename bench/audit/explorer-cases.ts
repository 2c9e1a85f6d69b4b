// The audit explorer's first page as the page reads it: the real read model (listAuditEvents) with
// filters parsed from URL search params, as a deep link gives them, over the default 7 days and 90.
import { parseAuditFilter, type AuditFilter } from "@/lib/filters/audit-filter";

export type ExplorerCase = { name: string; filter: AuditFilter };

/** What the cases are drawn from: the busiest key, one principal that calls it, its role name. */
export type ExplorerSubjects = { keyArn: string; accountId: string; region: string; principalArn: string };

function parsed(params: Record<string, string>): AuditFilter {
  const result = parseAuditFilter(new URLSearchParams(params));
  if (!result.ok) throw new Error(`bench explorer filter ${JSON.stringify(params)}: ${result.message}`);
  return result.data;
}

/** An assumed-role ARN's role and session names (arn:aws:sts::…:assumed-role/<role>/<session>): principal substrings. */
export function assumedRole(principalArn: string): { role: string; session: string } {
  const [, role, session] = principalArn.split("/");
  if (!/:assumed-role\//.test(principalArn) || !role || !session) throw new Error(`not an assumed-role ARN: ${principalArn}`);
  return { role, session };
}

export function explorerCases(s: ExplorerSubjects): ExplorerCase[] {
  const { role, session } = assumedRole(s.principalArn);
  const cases: [string, Record<string, string>][] = [
    ["no filter", {}],
    ["one key (the busiest)", { key: s.keyArn }],
    ["one principal", { principal: s.principalArn }],
    ["errors only", { errors: "1" }],
    ["event name ScheduleKeyDeletion (rare write)", { eventName: "ScheduleKeyDeletion" }],
    ["event name PutKeyPolicy (rare write)", { eventName: "PutKeyPolicy" }],
    ["event name Decrypt (common)", { eventName: "Decrypt" }],
    ["account + Region", { account: s.accountId, region: s.region }],
    ["read events", { access: "read" }],
    ["write events", { access: "write" }],
    // a search becomes one index lookup per matching principal up to 100 of them, one ANY() beyond
    [`search "${session}" (a session name: a few principals)`, { q: session }],
    [`search "${role}" (a role name: all its sessions)`, { q: role }],
  ];
  return (["7d", "90d"] as const).flatMap((range) =>
    cases.map(([name, params]) => ({ name: `${range === "7d" ? "7 days (default)" : "90 days"}: ${name}`, filter: parsed(range === "7d" ? params : { ...params, range }) })),
  );
}
