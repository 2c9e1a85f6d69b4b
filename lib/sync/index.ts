// The inventory sync: full and incremental syncs of every account-Region, the worker that runs
// them (and the schedule), and the requests the app makes. Framework-free.
export { requestKeyRefresh, requestSync, SyncRequestError, type KeyRefreshRequest, type SyncRequest } from "./request-sync";
export { startSyncWorker, type SyncWorker, type SyncWorkerOptions } from "./worker";
export { createSyncRuntime, type SyncRuntime, type SyncRuntimeOptions } from "./sync-runtime";
export { runQueuedHere, runSyncHere } from "./run-sync";
export { closeAbandonedRuns } from "./run-store";
export { DEFAULT_TUNING, type SyncTuning } from "./sync-context";
export type { OperationCounters, RunStatus, SyncError, SyncKind, SyncScope, SyncTrigger, TargetStatus } from "./types";
