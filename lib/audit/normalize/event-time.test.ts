import { describe, expect, it } from "vitest";
import { parseEventTime } from "./event-time";

const NOW = Date.parse("2026-11-22T00:00:00Z");

describe("parseEventTime", () => {
  it.each([
    ["2023-07-10T11:57:49Z", "2023-07-10T11:57:49.000Z"],
    ["2023-07-10T11:57:49.123Z", "2023-07-10T11:57:49.123Z"],
    ["2023-07-10T13:57:49+02:00", "2023-07-10T11:57:49.000Z"],
    ["2023-07-10T06:27:49-0530", "2023-07-10T11:57:49.000Z"],
    ["2021-10-19 00:56:05", "2021-10-19T00:56:05.000Z"],
    ["2025-03-05 21:19:44.000000000", "2025-03-05T21:19:44.000Z"],
    [1688990269, "2023-07-10T11:57:49.000Z"],
    [1688990269000, "2023-07-10T11:57:49.000Z"],
  ])("reads %j", (input, expected) => {
    expect(parseEventTime(input, NOW)).toBe(expected);
  });

  it.each([["Nov 2, 2021, 1:00:00 AM"], ["2021-02-30T00:00:00Z"], ["2021-01-01T24:00:00Z"], ["2001-01-01T00:00:00Z"], ["2027-01-01T00:00:00Z"], [""], [null], [{}]])(
    "refuses %j",
    (input) => {
      expect(parseEventTime(input, NOW)).toBeUndefined();
    },
  );
});
