import type { NormalizedEvent } from "../types";

/** ASCII record separator: JSON text never holds it raw (control characters in strings are escaped). */
export const RECORD_SEPARATOR = "\x1e";

/**
 * An event about to be stored: its record's text, its key resolved through the alias table, and
 * whether it is one of Keywarden's own calls (own-call.ts).
 */
export type ReadyRow = { event: NormalizedEvent; raw: Buffer; keyArn: string | null; own: boolean };

type Column = readonly [name: string, type: "text" | "timestamptz" | "boolean", get: (r: ReadyRow) => string | null];

const bool = (v: boolean | null) => (v === null ? null : v ? "t" : "f");

/** AuditEvent's columns that come from the normalized event, in the order they are sent, and how each is read. */
export const EVENT_COLUMNS: readonly Column[] = [
  ["eventId", "text", (r) => r.event.eventId],
  ["eventTime", "timestamptz", (r) => r.event.eventTime],
  ["accountId", "text", (r) => r.event.accountId],
  ["region", "text", (r) => r.event.region],
  ["eventName", "text", (r) => r.event.eventName],
  ["readOnly", "boolean", (r) => bool(r.event.readOnly)],
  ["eventType", "text", (r) => r.event.eventType],
  ["principalType", "text", (r) => r.event.principalType],
  ["principalArn", "text", (r) => r.event.principalArn],
  ["principalAccountId", "text", (r) => r.event.principalAccountId],
  ["sessionIssuerArn", "text", (r) => r.event.sessionIssuerArn],
  ["invokedBy", "text", (r) => r.event.invokedBy],
  ["sourceIp", "text", (r) => r.event.sourceIp],
  ["userAgent", "text", (r) => r.event.userAgent],
  ["errorCode", "text", (r) => r.event.errorCode],
  ["errorMessage", "text", (r) => r.event.errorMessage],
  ["keyArn", "text", (r) => r.keyArn],
  ["ownCall", "boolean", (r) => bool(r.own)],
];

/** The JSON columns after them: requestParameters and responseElements (SQL NULL for JSON null), then the record verbatim. */
export const JSON_COLUMNS = ["requestParameters", "responseElements", "raw"] as const;

export const jsonValues = (r: ReadyRow): [string | null, string | null, Buffer] => [
  r.event.requestParameters === "null" ? null : r.event.requestParameters,
  r.event.responseElements === "null" ? null : r.event.responseElements,
  r.raw,
];

/**
 * The rows as the parameters of an insert from unnest(): one array literal per column, zipped back
 * together by position, which Postgres parses several times faster than it builds and reads back a
 * jsonb document; then the JSON texts joined by the record separator: nothing to escape, and
 * Postgres only splits them.
 */
export function eventsParams(rows: readonly ReadyRow[]): string[] {
  const params = EVENT_COLUMNS.map(([, , get]) => {
    let literal = "{";
    for (let j = 0; j < rows.length; j++) literal += (j === 0 ? "" : ",") + element(get(rows[j]!));
    return `${literal}}`;
  });
  params.push(
    rows.map((r) => r.event.requestParameters).join(RECORD_SEPARATOR),
    rows.map((r) => r.event.responseElements).join(RECORD_SEPARATOR),
    rows.map((r) => r.raw.toString("utf8")).join(RECORD_SEPARATOR),
  );
  return params;
}

/** One array literal per field, each over every row: parameters an unnest() zips back into rows. */
export function columnLiterals<T>(rows: readonly T[], ...fields: ((row: T) => string | null)[]): string[] {
  return fields.map((field) => arrayLiteral(rows.map(field)));
}

/** A Postgres array literal: NULL bare, every value quoted with its quotes and backslashes escaped. */
export function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map(element).join(",")}}`;
}

function element(v: string | null): string {
  if (v === null) return "NULL";
  return v.includes('"') || v.includes("\\") ? `"${v.replace(ESCAPES, "\\$&")}"` : `"${v}"`;
}

const ESCAPES = /["\\]/g;
