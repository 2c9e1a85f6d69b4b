import { normalizeRecord } from "./normalize-record";
import type { NormalizedEvent } from "../types";

export type RecordOutcome =
  | { kind: "event"; event: NormalizedEvent }
  | { kind: "other-service" }
  | { kind: "invalid"; reason: string };

// Postgres's jsonb cannot hold U+0000; an unescaped backslash run of odd length before u0000 is one.
const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u0000/;
// Half a UTF-16 surrogate pair (JSON may escape one alone): not text, so UTF-8 cannot carry it and a
// column would silently store U+FFFD instead. (The JSON columns are left to Postgres, which refuses it.)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What one record's JSON text becomes: an event, a record of another service, or a quarantine
 * reason. Never throws: whatever goes wrong with one record is that record's quarantine reason.
 */
export function recordOutcome(text: string, now?: number): RecordOutcome {
  try {
    return outcomeOf(text, now);
  } catch (error) {
    return { kind: "invalid", reason: `the record could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function outcomeOf(text: string, now?: number): RecordOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "invalid", reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const normalized = normalizeRecord(value, now);
  if (normalized.kind !== "event" || !text.includes("\\u")) return normalized;
  if (text.includes("\\u0000") && NUL_ESCAPE.test(text)) {
    return { kind: "invalid", reason: "the record contains \\u0000, which Postgres jsonb cannot store" };
  }
  const fields = Object.entries({ ...normalized.event, aliasName: normalized.event.alias?.aliasName });
  const lone = fields.find(([, v]) => typeof v === "string" && LONE_SURROGATE.test(v));
  if (lone) return { kind: "invalid", reason: `${lone[0]} holds half a UTF-16 surrogate pair (a lone \\ud800-\\udfff escape), which is not text` };
  return normalized;
}
