import { partitionOf } from "./key-arn";
import type { EventRow } from "./batch";

/** The batch's events as one JSON array for json_to_recordset; each raw record is spliced in as it was read. */
export function eventsJson(rows: readonly EventRow[]): string {
  const parts: string[] = [];
  for (const { event: e, raw, location, recordIndex } of rows) {
    const columns = JSON.stringify({
      i: e.eventId,
      t: e.eventTime,
      a: e.accountId,
      g: e.region,
      n: e.eventName,
      ro: e.readOnly,
      et: e.eventType,
      pt: e.principalType,
      pa: e.principalArn,
      pc: e.principalAccountId,
      si: e.sessionIssuerArn,
      ib: e.invokedBy,
      ip: e.sourceIp,
      ua: e.userAgent,
      ec: e.errorCode,
      em: e.errorMessage,
      k: e.keyArn,
      aa: e.alias?.accountId ?? null,
      ag: e.alias?.region ?? null,
      an: e.alias?.aliasName ?? null,
      ap: e.alias ? partitionOf(e.alias.region) : null,
      c: e.crypto,
      loc: location,
      idx: recordIndex,
    });
    parts.push(`${columns.slice(0, -1)},"rp":${e.requestParameters},"re":${e.responseElements},"raw":${raw}}`);
  }
  return `[${parts.join(",")}]`;
}
