import "server-only";
// The inventory sync: full and incremental syncs of every account-Region, the worker that runs
// them (and the schedule), and the requests the app makes. Framework-free.
export { requestKeyRefresh, requestSync, SyncRequestError, type KeyRefreshRequest, type SyncRequest } from "./run/request-sync";
export { startSyncWorker, type SyncWorker, type SyncWorkerOptions } from "./run/worker";
export { createSyncRuntime, type SyncRuntime, type SyncRuntimeOptions } from "./run/sync-runtime";
export { runQueuedHere, runSyncHere } from "./run/run-sync";
export { closeAbandonedRuns } from "./run/run-store";
export { DEFAULT_TUNING, type SyncTuning } from "./run/sync-context";
export type { OperationCounters, RunStatus, SyncError, SyncKind, SyncScope, SyncTrigger, TargetStatus } from "./types";
