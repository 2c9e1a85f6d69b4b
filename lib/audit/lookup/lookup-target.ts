import { isRegionNotEnabled, type CloudTrailClient, type TargetRef } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import type { SqlPool } from "../store/sql-pool";
import { lookupPass } from "./lookup-pass";
import { completeBackfill, loadLookupState, saveBackfillCursor, saveWatermark, type LookupState } from "./lookup-state";
import type { LookupTargetProgress } from "../ingest/progress";
import type { IngestCounts } from "../types";

// CloudTrail usually shows an event within 5 minutes of the call, without a guarantee: each
// incremental pass reads again the last 20 minutes before the watermark.
export const LOOKUP_OVERLAP_MS = 20 * 60_000;
const HISTORY_MS = 90 * 86_400_000;

export type TargetContext = {
  prisma: PrismaClient;
  pool: SqlPool;
  client: CloudTrailClient;
  target: TargetRef;
  counts: IngestCounts;
  progress: LookupTargetProgress;
  signal?: AbortSignal;
  /** Backfill until this time (epoch ms), then leave the rest to the next run. */
  backfillUntil?: number;
  onChange: () => void;
};

/** New events since the watermark, then the 90-day backfill from where it stopped. */
export async function ingestTarget(ctx: TargetContext): Promise<void> {
  const state = await loadLookupState(ctx.prisma, ctx.target);
  if (state.status === "skipped") return finish(ctx, "skipped", "the Region is not enabled for the account");
  try {
    // Before the first event there is no watermark: once the backfill has found the history empty,
    // every run reads all of it (one call while it stays empty).
    if (state.watermark || state.backfillCompletedAt) await recentPass(ctx, state.watermark);
    if (!state.backfillCompletedAt) await backfill(ctx, state);
    else ctx.progress.backfillPercent = 100;
    finish(ctx, "done");
  } catch (error) {
    if (isRegionNotEnabled(error)) return finish(ctx, "skipped", "the Region is not enabled for the account");
    // Stopped from outside (npm start shutting down): what was committed stays, the next run resumes.
    if (ctx.signal?.aborted) return finish(ctx, "waiting", "stopped");
    finish(ctx, "failed", error instanceof Error ? error.message : String(error));
    throw error;
  }
}

async function recentPass(ctx: TargetContext, watermark: Date | null): Promise<void> {
  ctx.progress.phase = "recent";
  ctx.onChange();
  let newest = watermark;
  await lookupPass({
    ...ctx,
    startTime: watermark ? new Date(watermark.getTime() - LOOKUP_OVERLAP_MS) : undefined,
    afterPage: async (page) => {
      ctx.progress.events += page.batch.events.length;
      if (page.newest && (!newest || page.newest > newest)) newest = page.newest;
      ctx.onChange();
    },
  });
  if (newest) await saveWatermark(ctx.prisma, ctx.target, newest);
}

/**
 * Newest to oldest, from the cursor (or from now on the first run) back to the 90 days LookupEvents
 * keeps. The cursor is saved after each committed page, so a stopped backfill resumes there.
 */
async function backfill(ctx: TargetContext, state: LookupState): Promise<void> {
  ctx.progress.phase = "backfill";
  let top = state.watermark?.getTime();
  const percent = (cursor: number) => (top === undefined ? 0 : Math.min(99, Math.max(0, Math.floor(((top - cursor) / HISTORY_MS) * 100))));
  ctx.progress.backfillPercent = state.backfillCursor ? percent(state.backfillCursor.getTime()) : 0;
  ctx.onChange();
  const complete = await lookupPass({
    ...ctx,
    endTime: state.backfillCursor ?? undefined,
    stop: () => ctx.backfillUntil !== undefined && Date.now() >= ctx.backfillUntil,
    afterPage: async (page) => {
      ctx.progress.events += page.batch.events.length;
      if (top === undefined && page.newest) {
        // The first page of the first run: everything after it is the incremental pass's.
        top = page.newest.getTime();
        await saveWatermark(ctx.prisma, ctx.target, page.newest);
      }
      if (page.oldest) {
        await saveBackfillCursor(ctx.prisma, ctx.target, page.oldest);
        ctx.progress.backfillPercent = percent(page.oldest.getTime());
      }
      ctx.onChange();
    },
  });
  if (complete) {
    await completeBackfill(ctx.prisma, ctx.target, new Date());
    ctx.progress.backfillPercent = 100;
  }
}

function finish(ctx: TargetContext, phase: LookupTargetProgress["phase"], message?: string): void {
  ctx.progress.phase = phase;
  if (message) ctx.progress.message = message;
  ctx.onChange();
}
