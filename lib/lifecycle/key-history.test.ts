import { describe, expect, it } from "vitest";
import { reconstructHistory, type LifecycleEvent } from "./key-history";

let seq = 0;
function event(eventName: string, eventTime: string, over: Partial<LifecycleEvent> = {}): LifecycleEvent {
  seq++;
  return {
    eventId: `e-${String(seq).padStart(3, "0")}`,
    eventTime,
    eventName,
    eventType: "AwsApiCall",
    errorCode: null,
    principalArn: "arn:aws:sts::111122223333:assumed-role/Admin/alice",
    sessionIssuerArn: "arn:aws:iam::111122223333:role/Admin",
    invokedBy: null,
    requestParameters: {},
    responseElements: null,
    serviceEventDetails: null,
    ...over,
  };
}

describe("reconstructHistory", () => {
  it("follows a key from creation through a cancelled deletion to its deletion by KMS", () => {
    const history = reconstructHistory([
      event("DeleteKey", "2026-03-09T00:00:00Z", { eventType: "AwsServiceEvent", invokedBy: "AWS Internal", principalArn: null, sessionIssuerArn: null }),
      event("CreateKey", "2026-01-01T00:00:00Z"),
      event("DisableKey", "2026-02-01T00:00:00Z"),
      event("ScheduleKeyDeletion", "2026-02-02T00:00:00Z", { requestParameters: { pendingWindowInDays: 7 }, responseElements: { keyState: "PendingDeletion", deletionDate: "2026-02-09T00:00:00Z" } }),
      event("CancelKeyDeletion", "2026-02-03T00:00:00Z"),
      event("ScheduleKeyDeletion", "2026-03-01T00:00:00Z", { responseElements: { keyState: "PendingDeletion" } }),
    ]);
    expect(history.map((h) => [h.eventName, h.from, h.to])).toEqual([
      ["CreateKey", null, "Enabled"],
      ["DisableKey", "Enabled", "Disabled"],
      ["ScheduleKeyDeletion", "Disabled", "PendingDeletion"],
      ["CancelKeyDeletion", "PendingDeletion", "Disabled"],
      ["ScheduleKeyDeletion", "Disabled", "PendingDeletion"],
      ["DeleteKey", "PendingDeletion", "deleted"],
    ]);
    expect(history.every((h) => !h.gap)).toBe(true);
    expect(history[0]!.actor).toBe("arn:aws:iam::111122223333:role/Admin");
    expect(history[5]!.actor).toBe("AWS KMS");
    expect(history[2]!.detail).toBe("7-day window, deletes 2026-02-09T00:00:00Z");
  });

  it("keeps failed calls on the timeline without changing the state", () => {
    const history = reconstructHistory([
      event("CreateKey", "2026-01-01T00:00:00Z"),
      event("DisableKey", "2026-01-02T00:00:00Z", { errorCode: "AccessDenied" }),
      event("EnableKeyRotation", "2026-01-03T00:00:00Z", { requestParameters: { rotationPeriodInDays: 180 } }),
    ]);
    expect(history[1]).toMatchObject({ failed: "AccessDenied", from: null, to: null });
    expect(history[2]).toMatchObject({ to: null, detail: "every 180 days" });
  });

  it("starts imported keys in PendingImport and enables them when material arrives", () => {
    const history = reconstructHistory([
      event("CreateKey", "2026-01-01T00:00:00Z", { requestParameters: { origin: "EXTERNAL" } }),
      event("ImportKeyMaterial", "2026-01-02T00:00:00Z"),
      event("ImportKeyMaterial", "2026-01-03T00:00:00Z"),
      event("DeleteExpiredKeyMaterial", "2026-06-01T00:00:00Z", { eventType: "AwsServiceEvent", invokedBy: "AWS Internal" }),
    ]);
    expect(history.map((h) => h.to)).toEqual(["PendingImport", "Enabled", null, "PendingImport"]);
  });

  it("flags a change AWS does not allow directly as a gap in the trail, but not the first event seen", () => {
    const history = reconstructHistory([
      event("DisableKey", "2026-01-01T00:00:00Z"),
      event("ScheduleKeyDeletion", "2026-01-02T00:00:00Z"),
      event("EnableKey", "2026-01-05T00:00:00Z"),
    ]);
    expect(history.map((h) => h.gap)).toEqual([false, false, true]);
  });

  it("names KMS rotations by their type", () => {
    const [entry] = reconstructHistory([
      event("RotateKey", "2026-01-01T00:00:00Z", { eventType: "AwsServiceEvent", invokedBy: "AWS Internal", serviceEventDetails: { rotationType: "AUTOMATIC" } }),
    ]);
    expect(entry).toMatchObject({ actor: "AWS KMS", detail: "automatic rotation", to: null });
  });
});
