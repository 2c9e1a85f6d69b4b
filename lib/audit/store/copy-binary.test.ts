import { describe, expect, it } from "vitest";
import { BinaryCopy } from "./copy-binary";
import { readBinaryCopy } from "../testing/read-binary-copy";

describe("BinaryCopy", () => {
  it("writes the signature, each row's field count and fields, and the end marker", () => {
    const out = new BinaryCopy(8);
    out.row(2).text("a").null();
    out.row(1).text("");
    const data = out.end();
    expect(data.subarray(0, 19)).toEqual(Buffer.from("PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0", "latin1"));
    expect(readBinaryCopy(data)).toEqual([[Buffer.from("a"), null], [Buffer.alloc(0)]]);
  });

  it("writes text as UTF-8 with its byte length, growing past its first size, and nothing escaped", () => {
    const values = ["é→😀", "tab\tnew\nline\\back", "x".repeat(5000)];
    const out = new BinaryCopy(8);
    out.row(values.length);
    for (const v of values) out.text(v);
    expect(readBinaryCopy(out.end())[0]!.map((b) => b!.toString("utf8"))).toEqual(values);
  });

  it("writes bytes as they are, with their length", () => {
    const raw = Buffer.from('{"eventID":"é"}', "utf8");
    const out = new BinaryCopy(8);
    out.row(1).bytes(raw);
    expect(readBinaryCopy(out.end())[0]).toEqual([raw]);
  });

  it("puts jsonb's version byte before the JSON text", () => {
    const out = new BinaryCopy();
    out.row(2).jsonb('{"a":1}').jsonb(null);
    const [[json, none]] = readBinaryCopy(out.end()) as [[Buffer, null]];
    expect(json[0]).toBe(1);
    expect(json.subarray(1).toString()).toBe('{"a":1}');
    expect(none).toBeNull();
  });

  it("writes booleans as one byte", () => {
    const out = new BinaryCopy();
    out.row(3).bool(true).bool(false).bool(null);
    expect(readBinaryCopy(out.end())[0]).toEqual([Buffer.from([1]), Buffer.from([0]), null]);
  });

  it("writes timestamptz as microseconds since 2000-01-01 UTC, before and after it", () => {
    const times = ["2000-01-01T00:00:00.001Z", "2026-12-06T02:30:15.123Z", "1999-12-31T23:59:59.000Z"];
    const out = new BinaryCopy();
    out.row(times.length);
    for (const t of times) out.timestamptz(Date.parse(t));
    const fields = readBinaryCopy(out.end())[0]! as Buffer[];
    expect(fields.map((b) => b.readBigInt64BE(0))).toEqual(times.map((t) => BigInt(Date.parse(t) - Date.UTC(2000, 0, 1)) * 1000n));
    expect(fields[0]!.readBigInt64BE(0)).toBe(1000n);
    expect(fields[2]!.readBigInt64BE(0)).toBe(-1_000_000n);
  });

  it("refuses a time that is not one", () => {
    expect(() => new BinaryCopy().row(1).timestamptz(Number.NaN)).toThrow(/not a time/);
  });
});
