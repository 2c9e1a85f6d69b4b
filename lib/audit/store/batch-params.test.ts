import { describe, expect, it } from "vitest";
import { arrayLiteral, columnLiterals, EVENT_COLUMNS, eventsParams, jsonValues, RECORD_SEPARATOR } from "./batch-params";
import { copyData } from "./insert-events";
import { recordOutcome } from "../normalize/record-outcome";
import { trailRecords, TRAIL_FILES } from "../testing/fixtures";
import { readBinaryCopy } from "../testing/read-binary-copy";

const texts = trailRecords(TRAIL_FILES.awsDocs).slice(0, 3).map((r) => JSON.stringify(r, null, 2));
const rows = texts.map((text, i) => {
  const outcome = recordOutcome(text);
  if (outcome.kind !== "event") throw new Error("expected an event");
  return { event: outcome.event, raw: Buffer.from(text), keyArn: i === 0 ? "arn:aws:kms:us-east-1:111122223333:key/resolved" : outcome.event.keyArn, own: i === 1 };
});

describe("eventsParams", () => {
  const params = eventsParams(rows);
  const column = (name: string) => params[EVENT_COLUMNS.findIndex(([n]) => n === name)] as string;

  it("passes one array per column, then each record's request, response and text verbatim", () => {
    expect(params).toHaveLength(EVENT_COLUMNS.length + 3);
    expect(column("eventId")).toBe(arrayLiteral(rows.map((r) => r.event.eventId)));
    expect(column("keyArn")).toBe(arrayLiteral(rows.map((r) => r.keyArn)));
    expect(column("readOnly")).toMatch(/^\{("[tf]"|NULL),("[tf]"|NULL),("[tf]"|NULL)\}$/);
    expect(column("ownCall")).toBe('{"f","t","f"}');
    const [requests, , raws] = params.slice(EVENT_COLUMNS.length) as string[];
    expect(raws!.split(RECORD_SEPARATOR)).toEqual(texts);
    expect(JSON.parse(requests!.split(RECORD_SEPARATOR)[0]!)).toEqual(trailRecords(TRAIL_FILES.awsDocs)[0]!.requestParameters);
  });

  it("cannot be confused by a separator: JSON text never holds one unescaped", () => {
    expect(JSON.stringify({ s: `a${RECORD_SEPARATOR}b` })).not.toContain(RECORD_SEPARATOR);
  });
});

describe("copyData", () => {
  it("writes a row per event with every stored column, the record verbatim", () => {
    const data = readBinaryCopy(copyData(rows, "trail-file"));
    expect(data).toHaveLength(rows.length);
    const fields = data[0]!;
    const text = (i: number) => fields[i]?.toString("utf8") ?? null;
    const at = (name: string) => EVENT_COLUMNS.findIndex(([n]) => n === name);
    expect(fields).toHaveLength(EVENT_COLUMNS.length + 5);
    expect(text(at("eventId"))).toBe(rows[0]!.event.eventId);
    expect(text(at("keyArn"))).toBe("arn:aws:kms:us-east-1:111122223333:key/resolved");
    expect(fields[at("eventTime")]!.readBigInt64BE(0)).toBe(BigInt(Date.parse(rows[0]!.event.eventTime) - Date.UTC(2000, 0, 1)) * 1000n);
    expect([fields[at("ownCall")], data[1]![at("ownCall")]]).toEqual([Buffer.from([0]), Buffer.from([1])]);
    expect(fields[at("readOnly")]).toEqual(rows[0]!.event.readOnly === null ? null : Buffer.from([rows[0]!.event.readOnly ? 1 : 0]));
    const request = fields[EVENT_COLUMNS.length]!;
    expect([request[0], JSON.parse(request.subarray(1).toString("utf8"))]).toEqual([1, JSON.parse(rows[0]!.event.requestParameters)]);
    expect(text(EVENT_COLUMNS.length + 2)).toBe(texts[0]);
    expect([text(EVENT_COLUMNS.length + 3), text(EVENT_COLUMNS.length + 4)]).toEqual(["kms.amazonaws.com", "trail-file"]);
  });

  it("stores a JSON null request or response as SQL NULL", () => {
    const [request, response] = jsonValues({ ...rows[0]!, event: { ...rows[0]!.event, requestParameters: "null", responseElements: "{}" } });
    expect([request, response]).toEqual([null, "{}"]);
  });
});

describe("arrayLiteral", () => {
  it("quotes every value, escapes quotes and backslashes, and leaves NULL bare", () => {
    expect(arrayLiteral(["a", null, 'say "hi"', "C:\\dir", "NULL", "", "{x,y}"])).toBe('{"a",NULL,"say \\"hi\\"","C:\\\\dir","NULL","","{x,y}"}');
  });
});

describe("columnLiterals", () => {
  it("gives one array literal per field, each over every row in order", () => {
    const rows = [{ a: "x", n: 1 }, { a: null, n: 2 }];
    expect(columnLiterals(rows, (r) => r.a, (r) => String(r.n))).toEqual(['{"x",NULL}', '{"1","2"}']);
  });
});
