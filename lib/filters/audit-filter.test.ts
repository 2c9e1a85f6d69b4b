import { describe, expect, it } from "vitest";
import { auditFilterToSearchParams, auditTimeWindow, isAuditFiltered, parseAuditFilter } from "./audit-filter";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/queries/audit-events/audit-cursor";

const KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const parse = (qs: string) => parseAuditFilter(new URLSearchParams(qs));

describe("parseAuditFilter", () => {
  it("defaults to the last 7 days and nothing else", () => {
    expect(parse("")).toEqual({ ok: true, data: { range: "7d", errorsOnly: false, own: "hide" } });
  });

  it("reads every filter and ignores other params", () => {
    const parsed = parse(
      `range=24h&account=111122223333&region=eu-west-1&key=${encodeURIComponent(KEY)}&eventName=Decrypt&principal=arn:aws:iam::111122223333:user/ana&service=ec2.amazonaws.com&access=write&errors=1&own=only&q=%20payments%20%20api%20&event=e-1&cursor=y`,
    );
    expect(parsed).toEqual({
      ok: true,
      data: {
        range: "24h",
        account: "111122223333",
        region: "eu-west-1",
        key: KEY,
        eventName: "Decrypt",
        principal: "arn:aws:iam::111122223333:user/ana",
        service: "ec2.amazonaws.com",
        access: "write",
        errorsOnly: true,
        own: "only",
        q: "payments api",
      },
    });
  });

  it("reads a custom range; a time without a zone is UTC", () => {
    const parsed = parse("from=2026-06-01&until=2026-06-02T12:30");
    expect(parsed.ok && parsed.data).toMatchObject({ range: "custom", from: new Date("2026-06-01T00:00:00Z"), until: new Date("2026-06-02T12:30:00Z") });
    expect(parsed.ok && auditTimeWindow(parsed.data, new Date())).toEqual({ since: new Date("2026-06-01T00:00:00Z"), until: new Date("2026-06-02T12:30:00Z") });
  });

  it("turns a preset into a window ending now", () => {
    const now = new Date("2026-06-10T00:00:00Z");
    const parsed = parse("range=1h");
    expect(parsed.ok && auditTimeWindow(parsed.data, now)).toEqual({ since: new Date("2026-06-09T23:00:00Z") });
  });

  it.each([
    ["range=2d", "range", '"2d" is not a time range'],
    ["range=24h&from=2026-06-01", "range", "give a range or from/until, not both"],
    ["from=yesterday", "from", "must be an ISO-8601 time"],
    ["from=2026-13-01", "from", "is not a valid time"],
    ["from=2026-06-02&until=2026-06-01", "from", "must be earlier than until"],
    ["account=1234", "account", "12-digit AWS account id"],
    ["region=mars", "region", "AWS region"],
    ["key=alias/payments", "key", "must be a key ARN"],
    ["eventName=Decrypt;DROP", "eventName", "CloudTrail event name"],
    ["service=a b", "service", "calling service"],
    ["access=admin", "access", "read or write"],
    ["errors=yes", "errors", "errors=1"],
    ["own=all", "own", "use hide, show, only"],
    ["account=111122223333&account=444455556666", "account", "give one value, not 2"],
    [`q=${"x".repeat(201)}`, "q", "limited to 200 characters"],
  ])("refuses %s with a message naming %s", (qs, field, message) => {
    const parsed = parse(qs);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message.startsWith(`${field}: `)).toBe(true);
    expect(parsed.message).toContain(message);
    expect(parsed.fieldErrors?.[field]).toBeDefined();
  });
});

describe("auditFilterToSearchParams", () => {
  it("round-trips, leaving out the defaults", () => {
    for (const qs of ["", "range=90d&errors=1", "own=show", "errors=1&own=only", `key=${encodeURIComponent(KEY)}&eventName=Decrypt&q=ana`, "from=2026-06-01T00%3A00%3A00.000Z&until=2026-06-02T00%3A00%3A00.000Z&access=read"]) {
      const parsed = parse(qs);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(auditFilterToSearchParams(parsed.data).toString()).toBe(qs);
    }
    expect(auditFilterToSearchParams({ range: "7d" }).toString()).toBe("");
    expect(auditFilterToSearchParams({ range: "7d", own: "hide" }).toString()).toBe("");
  });

  it("says whether anything beyond the time range narrows the events", () => {
    const f = (qs: string) => {
      const parsed = parse(qs);
      if (!parsed.ok) throw new Error(parsed.message);
      return isAuditFiltered(parsed.data);
    };
    expect(f("range=1h")).toBe(false);
    expect(f("errors=1")).toBe(true);
    expect(f("q=x")).toBe(true);
    expect(f("own=show")).toBe(false);
    expect(f("own=only")).toBe(true);
  });
});

describe("audit cursor", () => {
  it("round-trips and refuses anything else", () => {
    const cursor = { time: new Date("2026-06-01T00:00:00.123Z"), id: "e-1" };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    expect(decodeAuditCursor("nope")).toBeUndefined();
    expect(decodeAuditCursor(Buffer.from(JSON.stringify({ t: "x", i: "e" })).toString("base64url"))).toBeUndefined();
  });
});
