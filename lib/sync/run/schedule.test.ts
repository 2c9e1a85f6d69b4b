import { describe, expect, it } from "vitest";
import { dueKind } from "./schedule";

const now = new Date("2026-06-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const schedule = { incrementalMinutes: 15, fullHours: 24 };
const recent = (over: Partial<Parameters<typeof dueKind>[1]> = {}) => ({ now, lastFull: ago(60), lastFullAttempt: ago(60), lastAny: ago(5), fullActive: false, anyActive: false, ...over });

describe("dueKind", () => {
  it("starts with a full sync", () => {
    expect(dueKind(schedule, recent({ lastFull: null, lastFullAttempt: null, lastAny: null }))).toBe("full");
  });

  it("runs incremental every interval and full every day", () => {
    expect(dueKind(schedule, recent())).toBeNull();
    expect(dueKind(schedule, recent({ lastAny: ago(15) }))).toBe("incremental");
    expect(dueKind(schedule, recent({ lastFull: ago(24 * 60), lastFullAttempt: ago(24 * 60) }))).toBe("full");
  });

  it("does not queue behind a queued or running sync of the same kind", () => {
    expect(dueKind(schedule, recent({ lastAny: ago(30), anyActive: true }))).toBeNull();
    expect(dueKind(schedule, recent({ lastFull: ago(25 * 60), fullActive: true, anyActive: true }))).toBeNull();
  });

  it("tries a failed full sync again after a while, not at once", () => {
    expect(dueKind(schedule, recent({ lastFull: null, lastFullAttempt: ago(5), lastAny: ago(5) }))).toBeNull();
    expect(dueKind(schedule, recent({ lastFull: null, lastFullAttempt: ago(15), lastAny: ago(15) }))).toBe("full");
  });

  it("never runs a kind whose interval is 0", () => {
    expect(dueKind({ incrementalMinutes: 0, fullHours: 0 }, recent({ lastFull: null, lastAny: null }))).toBeNull();
  });
});
