import { describe, expect, it } from "vitest";
import { eventsJson } from "./batch-json";
import { recordOutcome } from "./record-outcome";
import { trailRecords, TRAIL_FILES } from "./testing/fixtures";

describe("eventsJson", () => {
  it("carries each record's text verbatim beside its columns, as valid JSON", () => {
    const text = JSON.stringify(trailRecords(TRAIL_FILES.awsDocs)[0], null, 2);
    const outcome = recordOutcome(text);
    if (outcome.kind !== "event") throw new Error("expected an event");
    const json = eventsJson([{ event: { ...outcome.event, alias: { accountId: "111122223333", region: "cn-north-1", aliasName: "alias/x" } }, raw: text, location: "f", recordIndex: 0 }]);
    expect(json).toContain(text);
    const [row] = JSON.parse(json) as Record<string, unknown>[];
    expect(row).toMatchObject({ i: outcome.event.eventId, an: "alias/x", ap: "aws-cn", raw: JSON.parse(text) });
    expect(row).not.toHaveProperty("em");
  });
});
