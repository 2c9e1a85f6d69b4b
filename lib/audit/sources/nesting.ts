import { MAX_RECORD_NESTING } from "./record-splitter";

/**
 * True when the JSON text opens more than `max` arrays or objects inside one another. Strings are
 * skipped, so brackets inside them do not count. Used where a record arrives whole (LookupEvents);
 * the record splitter counts the same for trail files as it reads them.
 */
export function nestedTooDeep(text: string, max = MAX_RECORD_NESTING): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
