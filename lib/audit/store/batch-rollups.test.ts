import { describe, expect, it } from "vitest";
import { rollupsOf, weekOf, type StoredEvent } from "./batch-rollups";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1";
const ROLE = "arn:aws:iam::111122223333:role/app";
const event = (over: Partial<StoredEvent>): StoredEvent => ({
  eventTime: "2026-10-01T10:15:00.000Z",
  accountId: "111122223333",
  region: "eu-west-1",
  eventName: "Decrypt",
  errorCode: null,
  principalArn: "arn:aws:sts::111122223333:assumed-role/app/s1",
  sessionIssuerArn: ROLE,
  invokedBy: null,
  keyArn: KEY,
  ...over,
});

describe("rollupsOf", () => {
  const events = [
    event({}),
    event({ eventTime: "2026-10-01T10:59:59.999Z" }),
    event({ eventTime: "2026-10-01T11:00:00.000Z" }),
    event({ eventName: "Encrypt", errorCode: "AccessDenied" }),
    event({ eventTime: "2026-10-02T00:00:01.000Z", sessionIssuerArn: null, principalArn: null, invokedBy: "s3.amazonaws.com", keyArn: null }),
  ];
  const { hourly, daily, keyDaily } = rollupsOf(events);

  it("counts calls per key, hour, account, Region, principal, operation and error, with the last call's time", () => {
    const decrypt10 = hourly.find((h) => h.hour === "2026-10-01T10:00:00.000Z" && h.operation === "Decrypt");
    expect(decrypt10).toMatchObject({ keyArn: KEY, principal: ROLE, errorCode: "", calls: 2, lastEventAt: "2026-10-01T10:59:59.999Z" });
    expect(hourly.find((h) => h.operation === "Encrypt")).toMatchObject({ errorCode: "AccessDenied", calls: 1 });
    expect(hourly.find((h) => h.keyArn === "")).toMatchObject({ principal: "s3.amazonaws.com", hour: "2026-10-02T00:00:00.000Z" });
    expect(hourly.reduce((n, h) => n + h.calls, 0)).toBe(events.length);
  });

  it("sums each UTC day along each dimension, and every dimension adds up to the events", () => {
    for (const dimension of ["operation", "key", "principal", "key-week", "principal-week"] as const) {
      expect(daily.filter((d) => d.dimension === dimension).reduce((n, d) => n + d.calls, 0)).toBe(events.length);
    }
    expect(daily.find((d) => d.dimension === "key" && d.name === KEY && d.errorCode === "")).toMatchObject({ day: "2026-10-01T00:00:00.000Z", calls: 3 });
    expect(daily.find((d) => d.dimension === "operation" && d.name === "Decrypt")).toMatchObject({ calls: 3 });
    // 2026-10-01 is a Thursday, 2026-10-02 a Friday: both in the week of Monday 2026-09-28
    expect(new Set(daily.filter((d) => d.dimension.endsWith("-week")).map((d) => d.day))).toEqual(new Set(["2026-09-28T00:00:00.000Z"]));
    expect(daily.find((d) => d.dimension === "key-week" && d.name === KEY && d.errorCode === "")).toMatchObject({ calls: 3 });
  });

  it("sums each key's UTC day by operation, principal and error, and leaves out events of no known key", () => {
    expect(keyDaily).toEqual([
      { keyArn: KEY, day: "2026-10-01T00:00:00.000Z", operation: "Decrypt", principal: ROLE, errorCode: "", calls: 3 },
      { keyArn: KEY, day: "2026-10-01T00:00:00.000Z", operation: "Encrypt", principal: ROLE, errorCode: "AccessDenied", calls: 1 },
    ]);
  });

  it("finds the Monday of a day's week, in UTC", () => {
    expect(weekOf("2026-10-05T00:00:00.000Z")).toBe("2026-10-05T00:00:00.000Z");
    expect(weekOf("2026-10-04T00:00:00.000Z")).toBe("2026-09-28T00:00:00.000Z");
    expect(weekOf("2027-01-01T00:00:00.000Z")).toBe("2026-12-28T00:00:00.000Z");
  });

  it("gives each row once, in primary-key order, so concurrent writers lock shared rows in the same order", () => {
    const keys = hourly.map((h) => [h.keyArn, h.hour, h.accountId, h.region, h.principal, h.operation, h.errorCode].join("\u0000"));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    const days = daily.map((d) => [d.dimension, d.day, d.name, d.errorCode].join("\u0000"));
    expect([...days].sort()).toEqual(days);
    const keyDays = keyDaily.map((k) => [k.keyArn, k.day, k.operation, k.principal, k.errorCode].join("\u0000"));
    expect([...keyDays].sort()).toEqual(keyDays);
  });
});

describe("rollupsOf with Keywarden's own calls", () => {
  const SYNC = "arn:aws:iam::111122223333:role/KeywardenReader";
  const own = (over: Partial<StoredEvent>) => event({ sessionIssuerArn: SYNC, ownCall: true, ...over });
  const { hourly, daily, keyDaily } = rollupsOf([event({}), own({ eventName: "DescribeKey" }), own({ eventName: "GetKeyLastUsage" }), own({ eventName: "GetKeyLastUsage", keyArn: null })]);

  it("leaves them out of the hourly rollups, the key's days and every usage dimension", () => {
    expect(hourly.map((h) => [h.operation, h.calls])).toEqual([["Decrypt", 1]]);
    expect(keyDaily.map((k) => [k.operation, k.calls])).toEqual([["Decrypt", 1]]);
    for (const d of daily.filter((r) => !r.dimension.startsWith("own-"))) expect(d.calls).toBe(1);
  });

  it("counts them apart per day by operation, key and principal", () => {
    const sums = daily.filter((r) => r.dimension.startsWith("own-")).map((d) => [d.dimension, d.name, d.calls]);
    expect(sums).toEqual([
      ["own-key", "", 1],
      ["own-key", KEY, 2],
      ["own-operation", "DescribeKey", 1],
      ["own-operation", "GetKeyLastUsage", 2],
      ["own-principal", SYNC, 3],
    ]);
  });
});
