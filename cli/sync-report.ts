import type { OperationCounters, SyncError } from "@/lib/sync/types";

/** The SyncRun fields the CLI shows. */
export type RunView = {
  id: string;
  kind: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  totalUnits: number;
  doneUnits: number;
  keysSeen: number;
  keysCreated: number;
  keysUpdated: number;
  keysDeleted: number;
  callsTotal: number;
  throttlesTotal: number;
  operations: unknown;
  errors: unknown;
  message: string | null;
  targets: { status: string }[];
};

const n = (v: number) => v.toLocaleString("en-US");

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}

function targetCounts(run: RunView): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of run.targets) counts[t.status] = (counts[t.status] ?? 0) + 1;
  return counts;
}

/** One line of progress, e.g. for a terminal's updating status line. */
export function progressLine(run: RunView, now: Date): string {
  const counts = targetCounts(run);
  const finished = (counts.succeeded ?? 0) + (counts.skipped ?? 0) + (counts.failed ?? 0);
  const percent = run.totalUnits > 0 ? ` (${Math.floor((100 * run.doneUnits) / run.totalUnits)}%)` : "";
  return [
    `${run.kind} sync ${run.status}`,
    `${finished}/${run.targets.length} account-Regions`,
    `keys ${n(run.doneUnits)}/${n(run.totalUnits)}${percent}`,
    `${n(run.callsTotal)} calls`,
    `${n(run.throttlesTotal)} throttles`,
    duration((run.finishedAt ?? now).getTime() - run.startedAt.getTime()),
  ].join(" · ");
}

/** The summary printed when a run ends. */
export function summaryLines(run: RunView): string[] {
  const counts = targetCounts(run);
  const ops = Object.entries((run.operations ?? {}) as OperationCounters).sort(([, a], [, b]) => b.calls - a.calls);
  const errors = (run.errors ?? []) as SyncError[];
  const lines = [
    `Sync ${run.id} (${run.kind}) ${run.status} in ${duration((run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime())}${run.message ? `: ${run.message}` : ""}`,
    `  keys:      ${n(run.keysSeen)} seen; ${n(run.keysCreated)} created, ${n(run.keysUpdated)} updated, ${n(run.keysDeleted)} deleted`,
    `  calls:     ${n(run.callsTotal)} (${ops.map(([op, c]) => `${op} ${n(c.calls)}`).join(", ") || "none"})`,
    `  throttles: ${n(run.throttlesTotal)}${ops.some(([, c]) => c.throttles) ? ` (${ops.filter(([, c]) => c.throttles).map(([op, c]) => `${op} ${n(c.throttles)}`).join(", ")})` : ""}`,
    `  account-Regions: ${counts.succeeded ?? 0} synced, ${counts.skipped ?? 0} skipped (Region not enabled), ${counts.failed ?? 0} failed`,
  ];
  for (const e of errors.slice(0, 10)) {
    const where = [e.accountId, e.region, e.operation, e.keyId].filter(Boolean).join(" ");
    lines.push(`  error: ${where ? `${where}: ` : ""}${e.code}: ${e.message}`);
  }
  if (errors.length > 10) lines.push(`  … and ${errors.length - 10} more errors (SyncRun ${run.id})`);
  return lines;
}
