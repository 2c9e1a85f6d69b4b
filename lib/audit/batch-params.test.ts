import { describe, expect, it } from "vitest";
import { arrayLiteral, EVENT_COLUMNS, eventsParams, RECORD_SEPARATOR } from "./batch-params";
import { recordOutcome } from "./record-outcome";
import { trailRecords, TRAIL_FILES } from "./testing/fixtures";

describe("eventsParams", () => {
  const texts = trailRecords(TRAIL_FILES.awsDocs).slice(0, 3).map((r) => JSON.stringify(r, null, 2));
  const rows = texts.map((text, i) => {
    const outcome = recordOutcome(text);
    if (outcome.kind !== "event") throw new Error("expected an event");
    const alias = i === 0 ? { accountId: "111122223333", region: "cn-north-1", aliasName: "alias/x" } : null;
    return { event: { ...outcome.event, alias }, raw: text, location: "f", recordIndex: i };
  });
  const params = eventsParams(rows);
  const column = (name: string) => params[EVENT_COLUMNS.findIndex(([n]) => n === name)] as string;

  it("passes one array per column, then each record's text verbatim, then its request and response", () => {
    expect(params).toHaveLength(EVENT_COLUMNS.length + 3);
    expect(column("i")).toBe(arrayLiteral(rows.map((r) => r.event.eventId)));
    expect(column("an")).toBe('{"alias/x",NULL,NULL}');
    expect(column("ap")).toBe('{"aws-cn",NULL,NULL}');
    expect(column("c")).toMatch(/^\{"[tf]","[tf]","[tf]"\}$/);
    const [raws, requests] = params.slice(EVENT_COLUMNS.length) as string[];
    expect(raws!.split(RECORD_SEPARATOR)).toEqual(texts);
    expect(JSON.parse(requests!.split(RECORD_SEPARATOR)[0]!)).toEqual(trailRecords(TRAIL_FILES.awsDocs)[0]!.requestParameters);
  });

  it("cannot be confused by a separator: JSON text never holds one unescaped", () => {
    expect(JSON.stringify({ s: `a${RECORD_SEPARATOR}b` })).not.toContain(RECORD_SEPARATOR);
  });
});

describe("arrayLiteral", () => {
  it("quotes every value, escapes quotes and backslashes, and leaves NULL bare", () => {
    expect(arrayLiteral(["a", null, 'say "hi"', "C:\\dir", "NULL", "", "{x,y}"])).toBe('{"a",NULL,"say \\"hi\\"","C:\\\\dir","NULL","","{x,y}"}');
  });
});
