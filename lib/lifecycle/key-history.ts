import { isAllowedTransition, type LifecycleState } from "./key-state-machine";

/** CloudTrail events that belong on a key's lifecycle timeline (grants and tags are left out: too many). */
export const LIFECYCLE_EVENTS = [
  "CreateKey",
  "ReplicateKey",
  "EnableKey",
  "DisableKey",
  "ScheduleKeyDeletion",
  "CancelKeyDeletion",
  "DeleteKey",
  "ImportKeyMaterial",
  "DeleteImportedKeyMaterial",
  "DeleteExpiredKeyMaterial",
  "RotateKey",
  "RotateKeyOnDemand",
  "EnableKeyRotation",
  "DisableKeyRotation",
  "PutKeyPolicy",
  "UpdateKeyDescription",
  "UpdatePrimaryRegion",
] as const;

export type LifecycleEvent = {
  eventId: string;
  eventTime: string;
  eventName: string;
  eventType: string | null;
  errorCode: string | null;
  principalArn: string | null;
  sessionIssuerArn: string | null;
  invokedBy: string | null;
  requestParameters: unknown;
  responseElements: unknown;
  serviceEventDetails: unknown;
};

export type HistoryEntry = {
  eventId: string;
  at: string;
  eventName: string;
  /** Who did it: the caller's ARN, the role behind an assumed-role session, or AWS KMS itself. */
  actor: string;
  failed: string | null;
  from: LifecycleState | null;
  /** The state the key entered; null when the event changed no state. */
  to: LifecycleState | null;
  /** The change is not one AWS allows directly: events in between are missing from the trail. */
  gap: boolean;
  detail: string | null;
};

const field = (value: unknown, name: string): unknown =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function stateAfter(e: LifecycleEvent, current: LifecycleState | null): LifecycleState | null {
  switch (e.eventName) {
    case "CreateKey": {
      const reported = text(field(field(e.responseElements, "keyMetadata"), "keyState"));
      if (reported === "Enabled" || reported === "PendingImport") return reported;
      return text(field(e.requestParameters, "origin")) === "EXTERNAL" ? "PendingImport" : "Enabled";
    }
    case "EnableKey":
      return "Enabled";
    case "DisableKey":
      return "Disabled";
    case "ScheduleKeyDeletion":
      return text(field(e.responseElements, "keyState")) === "PendingReplicaDeletion" ? "PendingReplicaDeletion" : "PendingDeletion";
    case "CancelKeyDeletion":
      return "Disabled";
    case "DeleteKey":
      return "deleted";
    case "ImportKeyMaterial":
      return current === null || current === "PendingImport" ? "Enabled" : null;
    case "DeleteImportedKeyMaterial":
    case "DeleteExpiredKeyMaterial":
      return "PendingImport";
    default:
      return null;
  }
}

function actorOf(e: LifecycleEvent): string {
  if (e.eventType === "AwsServiceEvent" || e.invokedBy === "AWS Internal") return "AWS KMS";
  return e.sessionIssuerArn ?? e.principalArn ?? e.invokedBy ?? "unknown caller";
}

function detailOf(e: LifecycleEvent): string | null {
  const days = field(e.requestParameters, "pendingWindowInDays");
  if (e.eventName === "ScheduleKeyDeletion") {
    const date = text(field(e.responseElements, "deletionDate"));
    return [typeof days === "number" ? `${days}-day window` : null, date ? `deletes ${date}` : null].filter(Boolean).join(", ") || null;
  }
  const rotationType = text(field(e.responseElements, "rotationType")) ?? text(field(e.serviceEventDetails, "rotationType"));
  if (e.eventName === "RotateKey" && rotationType) return rotationType === "ON_DEMAND" ? "on-demand rotation" : "automatic rotation";
  const period = field(e.requestParameters, "rotationPeriodInDays");
  if (e.eventName === "EnableKeyRotation" && typeof period === "number") return `every ${period} days`;
  if (e.eventName === "UpdatePrimaryRegion") {
    const region = text(field(e.requestParameters, "primaryRegion"));
    return `briefly Updating${region ? `; new primary Region ${region}` : ""}`;
  }
  return null;
}

/**
 * The key's history from its events, oldest first: each event with who did it and the state it
 * moved the key into. Failed calls are kept (an attempt to disable or delete is worth seeing) but
 * change nothing.
 */
export function reconstructHistory(events: readonly LifecycleEvent[]): HistoryEntry[] {
  const sorted = [...events].sort((a, b) => a.eventTime.localeCompare(b.eventTime) || a.eventId.localeCompare(b.eventId));
  let current: LifecycleState | null = null;
  return sorted.map((e) => {
    const failed = e.errorCode;
    const next = failed ? null : stateAfter(e, current);
    const to = next !== null && next !== current ? next : null;
    const entry: HistoryEntry = {
      eventId: e.eventId,
      at: e.eventTime,
      eventName: e.eventName,
      actor: actorOf(e),
      failed,
      from: to ? current : null,
      to,
      // Before the first event the state is unknown (the trail may start mid-life): no gap to report.
      gap: to !== null && current !== null && !isAllowedTransition(current, to),
      detail: detailOf(e),
    };
    if (to) current = to;
    return entry;
  });
}
