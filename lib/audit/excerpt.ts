const LENGTH = 500;
/** Enough UTF-8 for an excerpt of LENGTH characters. */
export const EXCERPT_BYTES = LENGTH * 4;
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The start of a bad record or file, safe to store whatever bytes it held. */
export function excerpt(text: string): string {
  return text.slice(0, LENGTH).replace(UNSTORABLE, "\uFFFD");
}
