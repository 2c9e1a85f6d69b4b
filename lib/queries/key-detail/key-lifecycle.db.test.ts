import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { getKeyLifecycle } from "./key-lifecycle";

const ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER = "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";

describeEachDatabase("key lifecycle", (db) => {
  beforeEach(() => db.truncate());

  const event = (eventId: string, eventName: string, eventTime: string, over: Record<string, unknown> = {}) => ({
    eventId,
    eventName,
    eventTime: new Date(eventTime),
    accountId: "111122223333",
    region: "us-east-1",
    eventSource: "kms.amazonaws.com",
    keyArn: ARN,
    principalArn: "arn:aws:iam::111122223333:user/alice",
    raw: { eventID: eventId },
    source: "trail-file",
    ...over,
  });

  it("rebuilds the history from the key's lifecycle events only, newest first", async () => {
    await db.prisma.auditEvent.createMany({
      data: [
        event("e1", "CreateKey", "2026-01-01T00:00:00Z"),
        ...Array.from({ length: 30 }, (_, i) => event(`d${i}`, "Decrypt", `2026-01-0${1 + (i % 8)}T01:00:00Z`, { readOnly: true })),
        event("e2", "DisableKey", "2026-01-10T00:00:00Z"),
        event("e3", "EnableKey", "2026-01-11T00:00:00Z", { errorCode: "AccessDeniedException" }),
        event("e4", "ScheduleKeyDeletion", "2026-01-12T00:00:00Z", { responseElements: { keyState: "PendingDeletion" } }),
        event("x1", "DisableKey", "2026-01-10T00:00:00Z", { keyArn: OTHER }),
        event("r1", "RotateKey", "2026-01-05T00:00:00Z", { eventType: "AwsServiceEvent", invokedBy: "AWS Internal", raw: { serviceEventDetails: { rotationType: "AUTOMATIC" } } }),
      ],
    });
    const lifecycle = await getKeyLifecycle({ arn: ARN, keyState: "PendingDeletion", deletedAt: null });
    expect(lifecycle.history.map((h) => [h.eventId, h.to, h.failed])).toEqual([
      ["e4", "PendingDeletion", null],
      ["e3", null, "AccessDeniedException"],
      ["e2", "Disabled", null],
      ["r1", null, null],
      ["e1", "Enabled", null],
    ]);
    expect(lifecycle.history[3]!.detail).toBe("automatic rotation");
    expect(lifecycle).toMatchObject({ current: "PendingDeletion", incomplete: false, truncated: false });
  });

  it("says when the trail does not explain the state AWS reports", async () => {
    await db.prisma.auditEvent.createMany({ data: [event("e1", "CreateKey", "2026-01-01T00:00:00Z")] });
    const lifecycle = await getKeyLifecycle({ arn: ARN, keyState: "Disabled", deletedAt: null });
    expect(lifecycle.incomplete).toBe(true);
    const gone = await getKeyLifecycle({ arn: OTHER, keyState: "PendingDeletion", deletedAt: "2026-02-01T00:00:00Z" });
    expect(gone).toMatchObject({ current: "deleted", history: [], incomplete: false });
  });
});
