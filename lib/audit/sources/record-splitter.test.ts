import { describe, expect, it } from "vitest";
import { RecordSplitter, type SplitItem } from "./record-splitter";

function split(text: string | Buffer, chunkSize = Infinity, cause?: string): SplitItem[] {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const splitter = new RecordSplitter();
  const out: SplitItem[] = [];
  for (let i = 0; i < bytes.length; i += Math.min(chunkSize, bytes.length)) out.push(...splitter.push(bytes.subarray(i, i + chunkSize)));
  return [...out, ...splitter.end(cause)];
}

const records = (items: SplitItem[]) => items.filter((i) => i.kind === "record").map((i) => JSON.parse(i.kind === "record" ? i.bytes.toString("utf8") : "") as unknown);
const bad = (items: SplitItem[]) => items.filter((i): i is Extract<SplitItem, { kind: "bad" }> => i.kind === "bad");

const tricky = {
  Other: [{ "Records": "not this one" }, "}{]["],
  Records: [
    { eventID: "a", s: 'quote " and brace } and bracket ] and backslash \\', n: [1, [2, { x: "}" }]] },
    { eventID: "b", unicode: "é — 😀", empty: {} },
  ],
  After: { z: 1 },
};

describe("RecordSplitter", () => {
  it("yields each record of {Records: [...]} as its own text, whatever the other keys hold", () => {
    const items = split(JSON.stringify(tricky, null, 2));
    expect(records(items)).toEqual(tricky.Records);
    expect(bad(items)).toEqual([]);
  });

  it("gives the same records however the bytes are cut, down to one byte at a time", () => {
    const text = Buffer.from(`\ufeff${JSON.stringify(tricky)}`);
    for (const size of [1, 2, 3, 7, 64]) expect(records(split(text, size))).toEqual(tricky.Records);
  });

  it("reads a bare array of records", () => {
    expect(records(split(JSON.stringify(tricky.Records)))).toEqual(tricky.Records);
  });

  it("gives each record its own copy of the bytes: the chunk may be reused after push", () => {
    const chunk = Buffer.from('{"Records":[{"eventID":"é"}]}');
    const [item] = new RecordSplitter().push(chunk);
    chunk.fill(0x20);
    expect(item?.kind === "record" && item.bytes.toString("utf8")).toBe('{"eventID":"é"}');
  });

  it("keeps the text of an invalid record (balanced braces) for the parser to reject", () => {
    const items = split('{"Records":[{"eventID":"a",},{"eventID":"b"}]}');
    expect(items.map((i) => (i.kind === "record" ? i.bytes.toString("utf8") : i.reason))).toEqual(['{"eventID":"a",}', '{"eventID":"b"}']);
  });

  it("reports elements that are not objects, by index, and keeps going", () => {
    const items = split('{"Records":[1,"two",null,{"eventID":"c"}]}');
    expect(bad(items).map((b) => [b.index, b.reason])).toEqual([
      [0, "the record is not a JSON object"],
      [1, "the record is not a JSON object"],
      [2, "the record is not a JSON object"],
    ]);
    expect(items.at(-1)).toEqual({ kind: "record", index: 3, bytes: Buffer.from('{"eventID":"c"}') });
  });

  it("reports a file cut inside a record: the records before it are kept", () => {
    const items = split('{"Records":[{"eventID":"a"},{"eventID":"b","x":"unfini', Infinity, "gzip: unexpected end of file");
    expect(records(items)).toEqual([{ eventID: "a" }]);
    expect(bad(items).map((b) => [b.index, b.reason])).toEqual([
      [1, "truncated: the file ends inside this record (gzip: unexpected end of file)"],
      [null, "truncated: the file ends before its JSON closes, after 2 records (gzip: unexpected end of file)"],
    ]);
  });

  it("reports a file cut between records", () => {
    const items = split('{"Records":[{"eventID":"a"},');
    expect(records(items)).toHaveLength(1);
    expect(bad(items).map((b) => b.reason)).toEqual(["truncated: the file ends before its JSON closes, after 1 records"]);
  });

  it("refuses files that are not CloudTrail log files", () => {
    expect(bad(split("hello")).map((b) => b.reason)).toEqual(['not a CloudTrail log file: expected {"Records": [...]}']);
    expect(bad(split('{"records":[{"eventID":"a"}]}')).map((b) => b.reason)).toEqual(['not a CloudTrail log file: no "Records" array']);
    expect(bad(split("")).map((b) => b.reason)).toEqual(["empty file"]);
    expect(bad(split('{"Records":[]} {"Records":[]}')).map((b) => b.reason)).toEqual(["unexpected data after the end of the JSON document"]);
  });

  it("counts every element it saw", () => {
    const splitter = new RecordSplitter();
    splitter.push(Buffer.from('{"Records":[{},{},5]}'));
    splitter.end();
    expect(splitter.count).toBe(3);
  });

  it("refuses a record nested more than 128 levels, alone, keeping a short excerpt, and reads on", () => {
    const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}1${"}".repeat(levels - 1)}`;
    const text = `{"Records":[{"eventID":"a"},{"eventID":"deep","additionalEventData":${nested(10_000)}},{"eventID":"edge","x":${nested(127)}},{"eventID":"b"}]}`;
    for (const size of [Infinity, 1000, 7]) {
      const items = split(text, size);
      expect(records(items).map((r) => (r as { eventID: string }).eventID)).toEqual(["a", "edge", "b"]);
      expect(bad(items)).toEqual([{ kind: "bad", index: 1, reason: "the record is nested more than 128 levels deep", excerpt: text.slice(text.indexOf('{"eventID":"deep"')).slice(0, 500) }]);
    }
  });

  it("counts nesting inside strings as text, not as levels", () => {
    const text = JSON.stringify({ Records: [{ eventID: "a", s: "{[".repeat(500) }] });
    expect(records(split(text, 13))).toEqual([{ eventID: "a", s: "{[".repeat(500) }]);
  });
});
