import { z } from "zod";
import type { SyncRun, SyncRunTarget } from "@/lib/db/generated/client";

// What the Sync page and the progress route show of a run. operations and errors are JSON the
// sync writes; they are read defensively so that one odd entry cannot break the page.

export type SyncRunStatus = "queued" | "running" | "succeeded" | "partial" | "failed" | "abandoned";
export const ACTIVE_SYNC_STATUSES: readonly string[] = ["queued", "running"];

export type SyncTargetView = Pick<SyncRunTarget, "accountId" | "region" | "status" | "keysListed" | "keysDone" | "listingComplete" | "message">;

export type SyncRunView = {
  id: string;
  kind: string;
  trigger: string;
  status: string;
  requestedBy: string | null;
  scope: { accounts: string[]; regions: string[]; keyArn: string | null };
  startedAt: string;
  finishedAt: string | null;
  progress: { total: number; done: number };
  keys: { seen: number; created: number; updated: number; deleted: number };
  calls: number;
  throttles: number;
  operations: { name: string; calls: number; throttles: number; errors: number }[];
  errors: { accountId: string | null; region: string | null; operation: string | null; code: string; message: string }[];
  errorCount: number;
  message: string | null;
  targets: SyncTargetView[];
};

const count = z.number().int().nonnegative().catch(0);
const operationsSchema = z.record(z.string(), z.object({ calls: count, throttles: count, errors: count }).catch({ calls: 0, throttles: 0, errors: 0 })).catch({});
const optional = z.string().nullish().transform((v) => v ?? null).catch(null);
const errorSchema = z.object({ accountId: optional, region: optional, operation: optional, code: z.string().catch("Unknown"), message: z.string().catch("") });
const errorsSchema = z.array(z.unknown()).catch([]);
const scopeSchema = z
  .object({ accounts: z.array(z.string()).catch([]), regions: z.array(z.string()).catch([]), keyArn: z.string().nullable().catch(null) })
  .partial()
  .nullable()
  .catch(null);

const MAX_ERRORS = 100;

export function toSyncRunView(run: SyncRun & { requestedBy: { name: string | null; email: string } | null }, targets: SyncTargetView[] = []): SyncRunView {
  const errors = errorsSchema.parse(run.errors);
  const scope = scopeSchema.parse(run.scope) ?? {};
  return {
    id: run.id,
    kind: run.kind,
    trigger: run.trigger,
    status: run.status,
    requestedBy: run.requestedBy ? (run.requestedBy.name ?? run.requestedBy.email) : null,
    scope: { accounts: scope.accounts ?? [], regions: scope.regions ?? [], keyArn: scope.keyArn ?? null },
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    progress: { total: run.totalUnits, done: run.doneUnits },
    keys: { seen: run.keysSeen, created: run.keysCreated, updated: run.keysUpdated, deleted: run.keysDeleted },
    calls: run.callsTotal,
    throttles: run.throttlesTotal,
    operations: Object.entries(operationsSchema.parse(run.operations))
      .map(([name, c]) => ({ name, ...c }))
      .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name)),
    errors: errors.slice(0, MAX_ERRORS).flatMap((e) => {
      const parsed = errorSchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    }),
    errorCount: errors.length,
    message: run.message,
    targets,
  };
}
