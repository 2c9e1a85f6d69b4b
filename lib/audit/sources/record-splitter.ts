// Splits a CloudTrail log file ({"Records": [...]}, or a bare array of records) into the text of
// each record as bytes arrive, so a file of any size is read in constant memory and one broken
// record (invalid JSON inside balanced braces, as published in AWS's own docs) costs only itself.

export type SplitItem =
  | { kind: "record"; index: number; bytes: Buffer }
  | { kind: "bad"; index: number | null; reason: string; excerpt: string };

const MAX_RECORD_BYTES = 32 * 1024 * 1024;
// Real records nest about 10 levels. Deeper ones are refused before anything parses them: PGlite
// never returns from casting a 10,000-level document to jsonb, and JSON.stringify overflows its stack.
export const MAX_RECORD_NESTING = 128;
const EXCERPT = 500;

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d, OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d;

const BOM = [0xef, 0xbb, 0xbf];

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class RecordSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private stopped = false;
  /** Depth inside the Records array (between its elements); 0 when not in it. */
  private recordsDepth = 0;
  private foundRecords = false;
  private index = 0;
  // top-level object keys, to find "Records"
  private expectKey = false;
  private keyParts: Buffer[] | undefined;
  private keyStart = -1;
  private lastKey = "";
  private valueKey: string | undefined;
  // the element being captured
  private parts: Buffer[] = [];
  private start = -1;
  private size = 0;
  /** Why the element being captured will be refused (too large, too deep); only its excerpt is kept. */
  private refusal: string | undefined;
  private primitive = false;
  /** Bytes seen before the current chunk. */
  private position = 0;

  /** Feeds the next bytes; returns the records (and broken elements) they completed. */
  push(chunk: Buffer): SplitItem[] {
    const out: SplitItem[] = [];
    if (this.stopped) return out;
    for (let i = 0, n = chunk.length; i < n; i++) {
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (isSpace(c)) continue;
      if (!this.started) {
        if (this.position + i < 3 && c === BOM[this.position + i]) continue;
        this.started = true;
        if (c === OPEN_ARRAY) {
          this.depth = 1;
          this.recordsDepth = 1;
          this.foundRecords = true;
          continue;
        }
        if (c !== OPEN_OBJECT) return this.stop(out, 'not a CloudTrail log file: expected {"Records": [...]}', chunk, i);
        this.depth = 1;
        this.expectKey = true;
        continue;
      }
      if (this.depth === 0) return this.stop(out, "unexpected data after the end of the JSON document", chunk, i);
      if (this.recordsDepth > 0 && this.depth === this.recordsDepth) {
        if (this.elementBoundary(c, i, out)) continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.recordsDepth === 0 && this.expectKey) this.beginKey(i);
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.depth === 1 && this.recordsDepth === 0 && c === OPEN_ARRAY && this.valueKey === "Records") {
          this.recordsDepth = 2;
          this.foundRecords = true;
        }
        this.depth++;
        if (this.recordsDepth > 0 && this.depth - this.recordsDepth > MAX_RECORD_NESTING && !this.refusal) {
          this.refuse(`the record is nested more than ${MAX_RECORD_NESTING} levels deep`, chunk.subarray(this.start, i));
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth--;
        if (this.recordsDepth > 0 && this.depth === this.recordsDepth) this.endElement(chunk, i + 1, out);
      } else if (this.depth === 1 && this.recordsDepth === 0) {
        if (c === COMMA) this.expectKey = true;
        else if (c === COLON) this.valueKey = this.lastKey;
      }
    }
    if (this.start >= 0) this.keep(chunk.subarray(this.start));
    if (this.keyStart >= 0) (this.keyParts ??= []).push(Buffer.from(chunk.subarray(this.keyStart)));
    this.start = this.start >= 0 ? 0 : -1;
    this.keyStart = this.keyStart >= 0 ? 0 : -1;
    this.position += chunk.length;
    return out;
  }

  /** Call when the bytes end; `cause` says why they ended early (e.g. a gzip error). */
  end(cause?: string): SplitItem[] {
    const out: SplitItem[] = [];
    if (this.stopped) return out;
    this.stopped = true;
    if (this.start >= 0 || this.primitive) {
      const text = this.primitive ? "" : Buffer.concat(this.parts).toString("utf8", 0, EXCERPT);
      out.push({ kind: "bad", index: this.index, reason: `truncated: the file ends inside this record${cause ? ` (${cause})` : ""}`, excerpt: text });
      this.index++;
    }
    if (!this.started) out.push(fileProblem(cause ?? "empty file"));
    else if (this.depth > 0) out.push(fileProblem(`truncated: the file ends before its JSON closes, after ${this.index} records${cause ? ` (${cause})` : ""}`));
    else if (!this.foundRecords) out.push(fileProblem('not a CloudTrail log file: no "Records" array'));
    else if (cause) out.push(fileProblem(cause));
    return out;
  }

  /** Records (and broken elements) seen so far. */
  get count(): number {
    return this.index;
  }

  /** Between elements of the Records array: returns true when the byte was handled here. */
  private elementBoundary(c: number, i: number, out: SplitItem[]): boolean {
    if (c === COMMA || c === CLOSE_ARRAY) {
      if (this.primitive) {
        out.push({ kind: "bad", index: this.index++, reason: "the record is not a JSON object", excerpt: "" });
        this.primitive = false;
      }
      if (c === CLOSE_ARRAY) {
        this.depth--;
        this.recordsDepth = 0;
        this.valueKey = undefined;
      }
      return true;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      this.start = i;
      this.size = 0;
      this.parts = [];
      this.refusal = undefined;
      return false;
    }
    // A string, number, true, false or null where a record should be: skipped up to the next comma.
    this.primitive = true;
    return c !== QUOTE;
  }

  private endElement(chunk: Buffer, end: number, out: SplitItem[]): void {
    const index = this.index++;
    if (this.refusal) {
      out.push({ kind: "bad", index, reason: this.refusal, excerpt: Buffer.concat(this.parts).toString("utf8", 0, EXCERPT) });
    } else {
      // a copy: the caller keeps it, and the chunk may be a view of a buffer its source reuses
      const bytes = this.parts.length === 0 ? Buffer.from(chunk.subarray(this.start, end)) : Buffer.concat([...this.parts, chunk.subarray(this.start, end)]);
      out.push({ kind: "record", index, bytes });
    }
    this.parts = [];
    this.start = -1;
  }

  private keep(part: Buffer): void {
    this.size += part.length;
    if (this.size > MAX_RECORD_BYTES && !this.refusal) this.refuse(`the record is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB`);
    if (this.refusal) {
      if (this.parts.length === 0) this.parts = [Buffer.from(part.subarray(0, EXCERPT))];
      return;
    }
    this.parts.push(Buffer.from(part));
  }

  /** Keeps only the element's beginning, for the excerpt: memory stays bounded whatever the input. */
  private refuse(reason: string, pending?: Buffer): void {
    this.refusal = reason;
    this.parts = [Buffer.concat(pending ? [...this.parts, pending] : this.parts).subarray(0, EXCERPT)];
  }

  /**
   * Inside a string: jumps to its closing quote (a quote preceded by an even run of backslashes)
   * and returns its index, or the chunk's last index when the string goes on into the next chunk.
   */
  private skipString(chunk: Buffer, from: number): number {
    let i = from;
    for (;;) {
      const q = chunk.indexOf(QUOTE, i);
      const end = q === -1 ? chunk.length : q;
      let run = 0;
      while (end - run - 1 >= i && chunk[end - run - 1] === BACKSLASH) run++;
      // A run reaching back to where scanning resumed starts with a byte the carried escape consumed.
      const odd = ((run - (end - run === i && this.escaped ? 1 : 0)) & 1) === 1;
      if (q === -1) {
        if (end > i) this.escaped = odd;
        return chunk.length - 1;
      }
      this.escaped = false;
      if (!odd) {
        this.endString(chunk, q);
        return q;
      }
      i = q + 1;
    }
  }

  private beginKey(i: number): void {
    this.keyStart = i + 1;
    this.keyParts = undefined;
  }

  private endString(chunk: Buffer, i: number): void {
    this.inString = false;
    if (this.keyStart < 0) return;
    const tail = chunk.subarray(this.keyStart, i);
    this.lastKey = (this.keyParts ? Buffer.concat([...this.keyParts, tail]) : tail).toString("utf8");
    this.keyStart = -1;
    this.keyParts = undefined;
    this.expectKey = false;
  }

  private stop(out: SplitItem[], reason: string, chunk: Buffer, i: number): SplitItem[] {
    this.stopped = true;
    out.push(fileProblem(reason, chunk.toString("utf8", i, i + EXCERPT)));
    return out;
  }
}

function fileProblem(reason: string, excerpt = ""): SplitItem {
  return { kind: "bad", index: null, reason, excerpt };
}
