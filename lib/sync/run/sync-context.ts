import type { AwsAccess, KmsClient, TargetRef } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import type { OptionalOperations } from "../read/optional-operations";
import type { RunProgress, TargetProgress } from "./run-progress";

export type SyncTuning = {
  /** Keys read at once per account-Region: enough to keep every operation's quota busy. */
  keyConcurrency: number;
  /** Changed keys written per transaction. */
  writeBatch: number;
  /** ListKeys page size (1–1000). */
  listKeysPageSize: number;
  /** A target with last-usage checks due may run this long, so a small account-Region gets them all. */
  lastUsageMinMs: number;
  lastUsageConcurrency: number;
};

export const DEFAULT_TUNING: SyncTuning = {
  keyConcurrency: 256,
  writeBatch: 250,
  listKeysPageSize: 1000,
  lastUsageMinMs: 10_000,
  lastUsageConcurrency: 2,
};

/** Everything a sync of one account-Region uses. */
export type TargetContext = {
  db: PrismaClient;
  aws: AwsAccess;
  target: TargetRef;
  kms: KmsClient;
  run: RunProgress;
  progress: TargetProgress;
  tuning: SyncTuning;
  now: () => Date;
  signal: AbortSignal;
  /** Optional operations the endpoint turned out not to know, in this run. */
  optional: OptionalOperations;
};
