export type SyncKind = "full" | "incremental" | "key";
export type SyncTrigger = "manual" | "schedule" | "cli";
export type RunStatus = "queued" | "running" | "succeeded" | "partial" | "failed" | "abandoned";
export type TargetStatus = "pending" | "running" | "succeeded" | "skipped" | "failed";

/** SyncRun.scope: what a run covers; every account and Region configured when left out. */
export type SyncScope = { accounts?: string[]; regions?: string[]; keyArn?: string };

/** One entry of SyncRun.errors. */
export type SyncError = {
  accountId?: string;
  region?: string;
  operation?: string;
  keyId?: string;
  code: string;
  message: string;
};

/** SyncRun.operations: counters per AWS operation name. */
export type OperationCounters = Record<string, { calls: number; throttles: number; errors: number }>;

export const FINISHED_STATUSES: readonly RunStatus[] = ["succeeded", "partial", "failed", "abandoned"];
