import "server-only";
import { getPrisma } from "@/lib/db/client";
import { LIFECYCLE_EVENTS, reconstructHistory, type HistoryEntry, type LifecycleEvent } from "@/lib/lifecycle/key-history";
import { lifecycleStateOf, type LifecycleState } from "@/lib/lifecycle/key-state-machine";

export type KeyLifecycle = {
  current: LifecycleState | null;
  /** Newest first, at most LIMIT entries. */
  history: HistoryEntry[];
  /** More lifecycle events exist than were read. */
  truncated: boolean;
  /** The state the events lead to differs from the synced KeyState: part of the history is not in the trail. */
  incomplete: boolean;
};

const LIMIT = 200;

type Row = Omit<LifecycleEvent, "eventTime"> & { eventTime: Date };

/** A key's lifecycle: its current state and its history rebuilt from the lifecycle events in its trail. */
export async function getKeyLifecycle(key: { arn: string; keyState: string; deletedAt: string | null }): Promise<KeyLifecycle> {
  const db = getPrisma();
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT "eventId", "eventTime", "eventName", "eventType", "errorCode", "principalArn", "sessionIssuerArn", "invokedBy",
        "requestParameters", "responseElements", raw->'serviceEventDetails' AS "serviceEventDetails"
     FROM "AuditEvent"
     WHERE "keyArn" = $1 AND "eventName" = ANY($2::text[]) AND "readOnly" IS NOT TRUE
     ORDER BY "eventTime" DESC, "eventId" DESC
     LIMIT ${LIMIT + 1}`,
    key.arn,
    [...LIFECYCLE_EVENTS],
  );
  const truncated = rows.length > LIMIT;
  const events = rows.slice(0, LIMIT).map((r) => ({ ...r, eventTime: r.eventTime.toISOString() }));
  const history = reconstructHistory(events);
  const current = lifecycleStateOf(key.keyState, key.deletedAt);
  const reached = [...history].reverse().find((h) => h.to !== null)?.to ?? null;
  return { current, history: history.reverse(), truncated, incomplete: reached !== null && current !== null && reached !== current };
}
