import { partitionOf } from "./key-arn";
import type { EventRow } from "./batch";
import type { NormalizedEvent } from "./types";

/** ASCII record separator: JSON text never holds it raw (control characters in strings are escaped). */
export const RECORD_SEPARATOR = "\x1e";

type Column = readonly [name: string, type: "text" | "timestamptz" | "boolean", get: (e: NormalizedEvent) => string | null];

const bool = (v: boolean | null) => (v === null ? null : v ? "t" : "f");

/** The insert's columns, as the names and types of unnest(...) AS r(names), and how each is read. */
export const EVENT_COLUMNS: readonly Column[] = [
  ["i", "text", (e) => e.eventId],
  ["t", "timestamptz", (e) => e.eventTime],
  ["a", "text", (e) => e.accountId],
  ["g", "text", (e) => e.region],
  ["n", "text", (e) => e.eventName],
  ["et", "text", (e) => e.eventType],
  ["pt", "text", (e) => e.principalType],
  ["pa", "text", (e) => e.principalArn],
  ["pc", "text", (e) => e.principalAccountId],
  ["si", "text", (e) => e.sessionIssuerArn],
  ["ib", "text", (e) => e.invokedBy],
  ["ip", "text", (e) => e.sourceIp],
  ["ua", "text", (e) => e.userAgent],
  ["ec", "text", (e) => e.errorCode],
  ["em", "text", (e) => e.errorMessage],
  ["k", "text", (e) => e.keyArn],
  ["aa", "text", (e) => e.alias?.accountId ?? null],
  ["ag", "text", (e) => e.alias?.region ?? null],
  ["an", "text", (e) => e.alias?.aliasName ?? null],
  ["ap", "text", (e) => (e.alias ? partitionOf(e.alias.region) : null)],
  ["ro", "boolean", (e) => bool(e.readOnly)],
  ["c", "boolean", (e) => bool(e.crypto)],
];

/**
 * The batch's events as the insert's parameters: one array literal per column, zipped back
 * together by position (unnest), which Postgres parses several times faster than it builds and
 * reads back a jsonb document; then the JSON texts (the raw records, requestParameters and
 * responseElements) joined by the record separator: nothing to escape, and Postgres only splits them.
 */
export function eventsParams(rows: readonly EventRow[]): string[] {
  const params = EVENT_COLUMNS.map(([, , get]) => {
    let literal = "{";
    for (let j = 0; j < rows.length; j++) literal += (j === 0 ? "" : ",") + element(get(rows[j]!.event));
    return `${literal}}`;
  });
  params.push(
    rows.map((r) => r.raw).join(RECORD_SEPARATOR),
    rows.map((r) => r.event.requestParameters).join(RECORD_SEPARATOR),
    rows.map((r) => r.event.responseElements).join(RECORD_SEPARATOR),
  );
  return params;
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
