import { partitionOf } from "./key-arn";
import type { EventRow } from "./batch";

const present = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/**
 * The batch's events as one JSON array for json_to_recordset; each raw record is spliced in as it
 * was read. Absent values are left out (json_to_recordset reads a missing key as NULL): less to
 * write here and less to parse there.
 */
export function eventsJson(rows: readonly EventRow[]): string {
  const parts: string[] = [];
  for (const { event: e, raw } of rows) {
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
    parts.push(`${columns.slice(0, -1)}${rp}${re},"raw":${raw}}`);
  }
  return `[${parts.join(",")}]`;
}
