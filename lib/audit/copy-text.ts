// COPY's text format: one line per row, columns separated by tabs, \N for NULL, and a backslash
// before each backslash, and instead of a tab, newline or carriage return inside a value.

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyValue(v: string | null): string {
  if (v === null) return "\\N";
  return SPECIAL.test(v) ? v.replace(SPECIALS, (c) => ESCAPED[c]!) : v;
}

/**
 * COPY text written into one growing buffer a row at a time: one native write per row (a write
 * per value costs more in calls than in bytes), and no text for the whole batch (joining thousands
 * of rows, then encoding the result, cost more than reading the records).
 */
export class CopyBuffer {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  row(values: readonly (string | null)[]): void {
    const line = copyLine(values);
    const bytes = Buffer.byteLength(line, "utf8");
    if (this.length + bytes > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(line, this.length, bytes, "utf8");
  }

  /** The text written so far (a view of the buffer, valid until the next write). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** One row of COPY text, its line end included. */
export function copyLine(values: readonly (string | null)[]): string {
  return `${values.map(copyValue).join("\t")}\n`;
}
