import { normalizeRecord } from "./normalize-record";
import type { NormalizedEvent } from "./types";

export type RecordOutcome =
  | { kind: "event"; event: NormalizedEvent }
  | { kind: "other-service" }
  | { kind: "invalid"; reason: string };

// Postgres's jsonb cannot hold U+0000; an unescaped backslash run of odd length before u0000 is one.
const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u0000/;

/** What one record's JSON text becomes: an event, a record of another service, or a quarantine reason. */
export function recordOutcome(text: string, now?: number): RecordOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "invalid", reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const normalized = normalizeRecord(value, now);
  if (normalized.kind === "event" && text.includes("\\u0000") && NUL_ESCAPE.test(text)) {
    return { kind: "invalid", reason: "the record contains \\u0000, which Postgres jsonb cannot store" };
  }
  return normalized;
}
