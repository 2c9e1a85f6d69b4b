import type { NormalizedEvent } from "../types";

/** What a redelivered record shares with the stored one; a different event reusing the eventID differs here. */
export const fingerprint = (e: NormalizedEvent): string =>
  `${e.eventTime}|${e.eventName}|${e.accountId}|${e.region}|${e.errorCode ?? ""}|${e.principalArn ?? ""}|${e.sourceIp ?? ""}|${e.userAgent ?? ""}`;

export const clashReason = (eventId: string): string =>
  `eventID ${eventId} is already stored for a different event (its time, name, account, Region, error, principal, source IP or user agent differ)`;
