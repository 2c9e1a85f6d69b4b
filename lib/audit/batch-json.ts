import { partitionOf } from "./key-arn";
import type { EventRow } from "./batch";

const present = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** ASCII record separator: JSON text never holds it raw (control characters in strings are escaped). */
export const RECORD_SEPARATOR = "\x1e";

export type EventsParams = { columns: string; raws: string };

/**
 * The batch's events for the insert: their columns as one JSON array (absent values left out,
 * which jsonb_to_recordset reads as NULL), and their raw records joined by the record separator,
 * passed through as they were read: nothing to escape here, and Postgres only validates them.
 */
export function eventsParams(rows: readonly EventRow[]): EventsParams {
  const parts: string[] = [];
  const raws: string[] = [];
  for (const { event: e, raw } of rows) {
    raws.push(raw);
    const columns = JSON.stringify({
      i: e.eventId,
      t: e.eventTime,
      a: e.accountId,
      g: e.region,
      n: e.eventName,
      ro: present(e.readOnly),
      et: present(e.eventType),
      pt: present(e.principalType),
      pa: present(e.principalArn),
      pc: present(e.principalAccountId),
      si: present(e.sessionIssuerArn),
      ib: present(e.invokedBy),
      ip: present(e.sourceIp),
      ua: present(e.userAgent),
      ec: present(e.errorCode),
      em: present(e.errorMessage),
      k: present(e.keyArn),
      ...(e.alias ? { aa: e.alias.accountId, ag: e.alias.region, an: e.alias.aliasName, ap: partitionOf(e.alias.region) } : {}),
      c: e.crypto,
    });
    const rp = e.requestParameters === "null" ? "" : `,"rp":${e.requestParameters}`;
    const re = e.responseElements === "null" ? "" : `,"re":${e.responseElements}`;
    parts.push(`${columns.slice(0, -1)}${rp}${re}}`);
  }
  return { columns: `[${parts.join(",")}]`, raws: raws.join(RECORD_SEPARATOR) };
}
