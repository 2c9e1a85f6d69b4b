// CloudTrail writes "2023-07-10T11:57:49Z"; copies of records seen in the wild also carry
// milliseconds, offsets, a space instead of "T", or epoch numbers (LookupEvents' EventTime).
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Before AWS CloudTrail existed, or implausibly far ahead: a broken clock or a broken record.
const EARLIEST = Date.UTC(2013, 0, 1);
const LATEST_AHEAD_MS = 2 * 86_400_000;

/** The record's time as an ISO string (UTC, milliseconds), or undefined when it is not a usable time. */
export function parseEventTime(value: unknown, now: number = Date.now()): string | undefined {
  let ms: number | undefined;
  if (typeof value === "number" && Number.isFinite(value)) ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === "string") ms = parseText(value.trim());
  if (ms === undefined || !Number.isFinite(ms) || ms < EARLIEST || ms > now + LATEST_AHEAD_MS) return undefined;
  return new Date(ms).toISOString();
}

function parseText(text: string): number | undefined {
  const m = ISO_LIKE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), frac ? Math.floor(Number(frac) * 1000) : 0);
  // Date.UTC rolls 2023-02-30 over into March: refuse such dates rather than move them.
  const check = new Date(base);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  return base - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
