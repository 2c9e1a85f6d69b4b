// Usage is read by whole UTC days, ending today: the charts' time axis and CloudTrail agree on UTC.

export const USAGE_RANGES = [7, 14, 30, 90] as const;
export type UsageDays = (typeof USAGE_RANGES)[number];
export const DEFAULT_USAGE_DAYS: UsageDays = 30;

export type UsageRange = {
  days: UsageDays;
  /** Start of the first day (inclusive). */
  since: Date;
  /** Start of the day after today (exclusive). */
  until: Date;
  /** Every day of the range as YYYY-MM-DD, oldest first. */
  dayKeys: string[];
};

const DAY_MS = 86_400_000;

export const dayKey = (d: Date) => d.toISOString().slice(0, 10);

export function parseUsageDays(value: unknown): UsageDays {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return (USAGE_RANGES as readonly number[]).includes(n) ? (n as UsageDays) : DEFAULT_USAGE_DAYS;
}

export function usageRange(days: UsageDays, now = new Date()): UsageRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (days - 1) * DAY_MS);
  const dayKeys = Array.from({ length: days }, (_, i) => dayKey(new Date(since.getTime() + i * DAY_MS)));
  return { days, since, until: new Date(today + DAY_MS), dayKeys };
}

/** Values per day, dense over the range: days without a row are 0. */
export function densify<T extends { day: string }>(range: UsageRange, rows: readonly T[], value: (row: T) => number): number[] {
  const byDay = new Map<string, number>();
  for (const r of rows) byDay.set(r.day, (byDay.get(r.day) ?? 0) + value(r));
  return range.dayKeys.map((d) => byDay.get(d) ?? 0);
}

/**
 * The whole weeks (Monday to Monday, UTC) inside the range, which UsageDay also holds per week
 * for keys and principals; the days before and after them are read per day. Empty (start = end)
 * when the range holds no whole week.
 */
export function wholeWeeks(range: UsageRange): { start: Date; end: Date } {
  const sinceDay = (range.since.getUTCDay() + 6) % 7;
  const start = range.since.getTime() + (sinceDay === 0 ? 0 : (7 - sinceDay) * DAY_MS);
  const end = range.until.getTime() - ((range.until.getUTCDay() + 6) % 7) * DAY_MS;
  return end > start ? { start: new Date(start), end: new Date(end) } : { start: new Date(start), end: new Date(start) };
}
