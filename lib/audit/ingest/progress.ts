import type { IngestCounts, IngestSourceKind } from "../types";

export type FileProgress = {
  total: number;
  done: number;
  /** Already ingested by an earlier run (same location and version). */
  unchanged: number;
  bytesTotal: number;
  bytesDone: number;
  current?: string;
};

export type LookupPhase = "waiting" | "recent" | "backfill" | "done" | "skipped" | "failed";

export type LookupTargetProgress = {
  accountId: string;
  region: string;
  phase: LookupPhase;
  events: number;
  /** Share of the 90-day backfill done, 0–100; null before it has started. */
  backfillPercent: number | null;
  message?: string;
};

/** IngestRun.progress, and what onProgress receives. */
export type IngestProgress = {
  runId: string;
  /** host:pid of the process running it. */
  owner: string;
  source: IngestSourceKind;
  counts: IngestCounts;
  elapsedMs: number;
  files?: FileProgress;
  targets?: LookupTargetProgress[];
  /** LookupEvents calls made, and the share of their quota used (calls ÷ (2/s × targets × elapsed)). */
  lookupCalls?: number;
};

export type OnProgress = (progress: IngestProgress) => void;
