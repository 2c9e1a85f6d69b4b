import { isObject } from "./json-shapes";
import type { PolicyCondition } from "./types";

export type ParsedConditions = { ok: true; conditions: PolicyCondition[] } | { ok: false; error: string };

const scalar = (v: unknown) => typeof v === "string" || typeof v === "boolean" || typeof v === "number";

/** A statement's `Condition` block, flattened to one entry per operator and key, values as written. */
export function parseConditions(raw: unknown): ParsedConditions {
  if (raw === undefined) return { ok: true, conditions: [] };
  if (!isObject(raw)) return { ok: false, error: "Condition must be an object of operators" };
  const conditions: PolicyCondition[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    if (!isObject(block)) return { ok: false, error: `Condition ${operator} must be an object of condition keys` };
    for (const [key, value] of Object.entries(block)) {
      if (!scalar(value) && !(Array.isArray(value) && value.every(scalar))) {
        return { ok: false, error: `Condition ${operator} ${key} must be a value or a list of values` };
      }
      conditions.push({ operator, key, value });
    }
  }
  return { ok: true, conditions };
}

/** A condition's values as strings (a single value is a list of one). */
export const conditionValues = (c: PolicyCondition): string[] => (Array.isArray(c.value) ? c.value : [c.value]).map(String);
