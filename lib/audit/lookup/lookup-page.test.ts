import { describe, expect, it } from "vitest";
import { lookupPageBatch } from "./lookup-page";
import { trailRecords, TRAIL_FILES } from "../testing/fixtures";

const [decrypt, encrypt] = trailRecords(TRAIL_FILES.invictus);
const target = { accountId: "111122223333", region: "us-east-1" };
const entry = (record: object, id: string) => ({ EventId: id, EventTime: new Date("2023-05-01T00:00:00Z"), CloudTrailEvent: JSON.stringify(record) });
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
// Written as text: JSON.stringify itself overflows its stack on documents this deep.
const deepEntry = (record: object, levels: number, id: string) => ({ ...entry(record, id), CloudTrailEvent: JSON.stringify(record).replace(/}$/, `,"additionalEventData":${nested(levels)}}`) });

describe("lookupPageBatch", () => {
  it("quarantines an entry nested more than 128 levels deep and keeps the others", () => {
    const page = lookupPageBatch(target, [entry(decrypt!, "1"), deepEntry(encrypt!, 100_000, "2"), entry(encrypt!, "3")]);
    expect(page.batch.events.map((e) => e.event.eventId)).toEqual([decrypt!.eventID, encrypt!.eventID]);
    expect(page.batch.quarantines).toEqual([
      { location: "111122223333/us-east-1/2", recordIndex: null, reason: "the record is nested more than 128 levels deep", excerpt: expect.stringMatching(/^\{"eventVersion"/) },
    ]);
  });

  it("stores an entry nested just within the limit", () => {
    const page = lookupPageBatch(target, [deepEntry(encrypt!, 120, "1")]);
    expect(page.batch.events).toHaveLength(1);
    expect(page.batch.quarantines).toEqual([]);
  });
});
