// COPY's binary format: a header, then per row a field count and per field its byte length (-1 for
// NULL) and the type's binary form; -1 as the field count ends the data. Nothing is escaped, so
// neither side scans the values for special characters, and Postgres parses no timestamps.

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
/** Postgres's epoch (2000-01-01 UTC) in Unix milliseconds. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const JSONB_VERSION = 1;
// The most bytes UTF-8 needs for one UTF-16 code unit.
const MAX_BYTES_PER_UNIT = 3;

/** Rows in COPY's binary format, written into one growing buffer. */
export class BinaryCopy {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(Math.max(capacity, 64));
    SIGNATURE.copy(this.buffer, 0);
    this.buffer.writeInt32BE(0, 11); // flags
    this.buffer.writeInt32BE(0, 15); // header extension length
    this.length = 19;
  }

  row(fields: number): this {
    this.reserve(2);
    this.length = this.buffer.writeInt16BE(fields, this.length);
    return this;
  }

  null(): this {
    this.reserve(4);
    this.length = this.buffer.writeInt32BE(-1, this.length);
    return this;
  }

  /** text (and json, whose binary form is its text), as UTF-8. */
  text(v: string | null): this {
    return v === null ? this.null() : this.utf8(v, 0);
  }

  /** jsonb: a version byte, then the JSON text. */
  jsonb(v: string | null): this {
    return v === null ? this.null() : this.utf8(v, 1);
  }

  /** Bytes as they are: text already encoded as UTF-8. */
  bytes(v: Buffer): this {
    this.reserve(4 + v.length);
    this.length = this.buffer.writeInt32BE(v.length, this.length);
    this.length += v.copy(this.buffer, this.length);
    return this;
  }

  bool(v: boolean | null): this {
    if (v === null) return this.null();
    this.reserve(5);
    this.length = this.buffer.writeInt32BE(1, this.length);
    this.buffer[this.length++] = v ? 1 : 0;
    return this;
  }

  /** timestamptz from milliseconds since the Unix epoch: microseconds since 2000 as a signed 64-bit integer. */
  timestamptz(ms: number): this {
    if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`);
    const us = (ms - POSTGRES_EPOCH_MS) * 1000;
    const high = Math.floor(us / 2 ** 32);
    this.reserve(12);
    this.length = this.buffer.writeInt32BE(8, this.length);
    this.length = this.buffer.writeInt32BE(high, this.length);
    this.length = this.buffer.writeUInt32BE(us - high * 2 ** 32, this.length);
    return this;
  }

  /** The data with its end marker (a view of the buffer; the writer is done). */
  end(): Buffer {
    this.reserve(2);
    this.length = this.buffer.writeInt16BE(-1, this.length);
    return this.buffer.subarray(0, this.length);
  }

  private utf8(v: string, prefix: number): this {
    this.reserve(4 + prefix + v.length * MAX_BYTES_PER_UNIT);
    const at = this.length;
    if (prefix) this.buffer[at + 4] = JSONB_VERSION;
    const bytes = this.buffer.write(v, at + 4 + prefix, "utf8");
    this.buffer.writeInt32BE(bytes + prefix, at);
    this.length = at + 4 + prefix + bytes;
    return this;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
