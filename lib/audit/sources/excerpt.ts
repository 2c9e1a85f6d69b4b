const LENGTH = 500;
/** Enough UTF-8 for LENGTH characters. */
const LENGTH_BYTES = LENGTH * 4;
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The start of a bad record or file (its text, or its UTF-8 bytes), safe to store whatever bytes it held. */
export function excerpt(text: string | Buffer): string {
  const start = typeof text === "string" ? text : text.toString("utf8", 0, LENGTH_BYTES);
  return start.slice(0, LENGTH).replace(UNSTORABLE, "\uFFFD");
}
