import { describe, expect, it } from "vitest";
import { eventsParams, RECORD_SEPARATOR } from "./batch-json";
import { recordOutcome } from "./record-outcome";
import { trailRecords, TRAIL_FILES } from "./testing/fixtures";

describe("eventsParams", () => {
  it("passes each record's text through verbatim, apart from its columns", () => {
    const texts = trailRecords(TRAIL_FILES.awsDocs).slice(0, 3).map((r) => JSON.stringify(r, null, 2));
    const rows = texts.map((text, i) => {
      const outcome = recordOutcome(text);
      if (outcome.kind !== "event") throw new Error("expected an event");
      const alias = i === 0 ? { accountId: "111122223333", region: "cn-north-1", aliasName: "alias/x" } : null;
      return { event: { ...outcome.event, alias }, raw: text, location: "f", recordIndex: i };
    });
    const { columns, raws } = eventsParams(rows);
    expect(raws.split(RECORD_SEPARATOR)).toEqual(texts);
    const parsed = JSON.parse(columns) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ i: rows[0]!.event.eventId, an: "alias/x", ap: "aws-cn", rp: trailRecords(TRAIL_FILES.awsDocs)[0]!.requestParameters });
    expect(parsed[1]).not.toHaveProperty("an");
    expect(parsed[0]).not.toHaveProperty("em");
  });

  it("cannot be confused by a separator: JSON text never holds one unescaped", () => {
    expect(JSON.stringify({ s: `a${RECORD_SEPARATOR}b` })).not.toContain(RECORD_SEPARATOR);
  });
});
