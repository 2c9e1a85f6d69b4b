import type { NormalizedEvent } from "../types";

/** An event as it is stored: its key resolved (through the alias table where it named an alias). */
export type StoredEvent = Pick<NormalizedEvent, "eventTime" | "accountId" | "region" | "eventName" | "errorCode" | "principalArn" | "sessionIssuerArn" | "invokedBy"> & {
  keyArn: string | null;
  /** One of Keywarden's own calls (own-call.ts): not usage. */
  ownCall?: boolean;
};

/** One UsageRollup row's worth of a batch: its key columns, the calls counted and the last one's time. */
export type HourlyRollup = {
  keyArn: string;
  hour: string;
  accountId: string;
  region: string;
  principal: string;
  operation: string;
  errorCode: string;
  calls: number;
  lastEventAt: string;
};

/**
 * UsageDay's dimensions: calls per day by operation, key and principal; and per week (starting
 * Monday, UTC) by key and principal, so that ranking keys or principals over months reads a row per
 * week instead of one per day. Keywarden's own calls are not usage: they are left out of every
 * rollup and counted apart, per day, in the own-* dimensions.
 */
export type UsageDimension = "operation" | "key" | "principal" | "key-week" | "principal-week" | OwnDimension;
export type OwnDimension = "own-operation" | "own-key" | "own-principal";

/** One UsageDay row's worth: a UTC day (or a week's Monday) along one dimension, with its error code. */
export type DailyRollup = { dimension: UsageDimension; day: string; name: string; errorCode: string; calls: number };

/** One UsageKeyDay row's worth: a key's calls on a UTC day by operation, principal and error code. */
export type KeyDayRollup = { keyArn: string; day: string; operation: string; principal: string; errorCode: string; calls: number };

/**
 * UsageRollup counts an assumed-role session under its role (the sessionIssuer), else the caller's
 * ARN, else the service that called (invokedBy); '' when none is known.
 */
const rollupPrincipal = (e: StoredEvent): string => e.sessionIssuerArn ?? e.principalArn ?? e.invokedBy ?? "";

// eventTime is always an ISO string in UTC with milliseconds (parseEventTime), so truncating it is
// cutting the text.
const hourOf = (time: string) => `${time.slice(0, 13)}:00:00.000Z`;
const dayOf = (time: string) => `${time.slice(0, 10)}T00:00:00.000Z`;
const DAY_MS = 86_400_000;

/** The Monday (UTC) of the week an ISO day is in, as Postgres's date_trunc('week', …, 'UTC') gives it. */
export function weekOf(day: string): string {
  const ms = Date.parse(day);
  return new Date(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS).toISOString();
}

/**
 * The hourly rollups and daily sums of the events a batch stores, each row once, in the order of
 * their primary keys: writers that upsert shared rows in the same order cannot deadlock.
 */
export function rollupsOf(events: readonly StoredEvent[]): { hourly: HourlyRollup[]; daily: DailyRollup[]; keyDaily: KeyDayRollup[] } {
  const hourly = new Map<string, HourlyRollup>();
  const own: StoredEvent[] = [];
  for (const e of events) {
    if (e.ownCall) {
      own.push(e);
      continue;
    }
    const keyArn = e.keyArn ?? "";
    const principal = rollupPrincipal(e);
    const errorCode = e.errorCode ?? "";
    const hour = hourOf(e.eventTime);
    const id = `${keyArn}\u0000${hour}\u0000${e.accountId}\u0000${e.region}\u0000${principal}\u0000${e.eventName}\u0000${errorCode}`;
    const row = hourly.get(id);
    if (!row) {
      hourly.set(id, { keyArn, hour, accountId: e.accountId, region: e.region, principal, operation: e.eventName, errorCode, calls: 1, lastEventAt: e.eventTime });
    } else {
      row.calls++;
      if (e.eventTime > row.lastEventAt) row.lastEventAt = e.eventTime;
    }
  }
  // the daily sums from the hourly rows: a few times fewer than the events
  const daily = new Map<string, DailyRollup>();
  const addDay = (dimension: UsageDimension, day: string, name: string, errorCode: string, calls: number) => {
    const id = `${dimension}\u0000${day}\u0000${name}\u0000${errorCode}`;
    const row = daily.get(id);
    if (row) row.calls += calls;
    else daily.set(id, { dimension, day, name, errorCode, calls });
  };
  const keyDaily = new Map<string, KeyDayRollup>();
  const weeks = new Map<string, string>();
  for (const h of hourly.values()) {
    const day = dayOf(h.hour);
    if (h.keyArn !== "") {
      const id = `${h.keyArn}\u0000${day}\u0000${h.operation}\u0000${h.principal}\u0000${h.errorCode}`;
      const row = keyDaily.get(id);
      if (row) row.calls += h.calls;
      else keyDaily.set(id, { keyArn: h.keyArn, day, operation: h.operation, principal: h.principal, errorCode: h.errorCode, calls: h.calls });
    }
    let week = weeks.get(day);
    if (week === undefined) weeks.set(day, (week = weekOf(day)));
    addDay("operation", day, h.operation, h.errorCode, h.calls);
    addDay("key", day, h.keyArn, h.errorCode, h.calls);
    addDay("principal", day, h.principal, h.errorCode, h.calls);
    addDay("key-week", week, h.keyArn, h.errorCode, h.calls);
    addDay("principal-week", week, h.principal, h.errorCode, h.calls);
  }
  for (const e of own) {
    const day = dayOf(e.eventTime);
    const errorCode = e.errorCode ?? "";
    addDay("own-operation", day, e.eventName, errorCode, 1);
    addDay("own-key", day, e.keyArn ?? "", errorCode, 1);
    addDay("own-principal", day, rollupPrincipal(e), errorCode, 1);
  }
  return { hourly: sortedBy(hourly), daily: sortedBy(daily), keyDaily: sortedBy(keyDaily) };
}

function sortedBy<T>(rows: Map<string, T>): T[] {
  return [...rows.keys()].sort().map((id) => rows.get(id)!);
}
