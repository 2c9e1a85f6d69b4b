// LookupEvents serves the last 90 days of management events. CloudTrail usually shows an event
// within minutes of the call but does not promise when, so every window reaches back over the
// previous one; reading a key twice is harmless (unchanged content is not written).
export const EVENT_HISTORY_MS = 90 * 86_400_000;
export const EVENT_DELAY_MS = 20 * 60_000;
const WINDOW_MARGIN_MS = 3600_000;

export type AccountRegionSyncState = {
  lastFullSyncAt: Date | null;
  lastIncrementalSyncAt: Date | null;
  lastCompleteListingAt: Date | null;
};

export type IncrementalPlan = { mode: "full"; reason: string } | { mode: "events"; start: Date; end: Date };

/** Whether CloudTrail can still tell everything that changed since the last sync of an account-Region. */
export function planIncremental(state: AccountRegionSyncState | null, now: Date): IncrementalPlan {
  if (!state?.lastFullSyncAt || !state.lastCompleteListingAt) return { mode: "full", reason: "no complete full sync yet" };
  const watermark = Math.max(state.lastFullSyncAt.getTime(), state.lastIncrementalSyncAt?.getTime() ?? 0);
  const start = new Date(watermark - EVENT_DELAY_MS);
  if (now.getTime() - start.getTime() > EVENT_HISTORY_MS - WINDOW_MARGIN_MS) {
    return { mode: "full", reason: "the last sync is older than CloudTrail's 90 days of event history" };
  }
  return { mode: "events", start, end: now };
}
