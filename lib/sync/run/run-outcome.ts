import type { RunProgress } from "./run-progress";
import type { RunStatus } from "../types";

/**
 * succeeded: every account-Region synced (or was skipped: Region not enabled) without errors;
 * failed: nothing synced; partial: in between.
 */
export function runOutcome(progress: RunProgress, interrupted: boolean): { status: RunStatus; message: string | null } {
  const targets = [...progress.targets.values()];
  const failed = targets.filter((t) => t.status === "failed" || t.status === "pending" || t.status === "running").length;
  const synced = targets.filter((t) => t.status === "succeeded").length;
  const skipped = targets.filter((t) => t.status === "skipped").length;
  const parts = [`${synced} of ${targets.length} account-Regions synced`];
  if (skipped) parts.push(`${skipped} skipped (Region not enabled)`);
  if (failed) parts.push(`${failed} failed`);
  if (progress.errorCount) parts.push(`${progress.errorCount} error${progress.errorCount === 1 ? "" : "s"}`);
  const summary = parts.join(", ");
  if (interrupted) return { status: "failed", message: `interrupted: ${summary}` };
  if (targets.length === 0) return { status: "failed", message: "no account-Region to sync" };
  if (failed === 0 && progress.errorCount === 0) return { status: "succeeded", message: summary };
  if (synced === 0 && failed > 0) return { status: "failed", message: summary };
  return { status: "partial", message: summary };
}
