import { describe, expect, it } from "vitest";
import { decodeKeyCursor, encodeKeyCursor } from "@/lib/queries/keys/key-cursor";
import { isFiltered, keyFilterToSearchParams, parseKeyFilter } from "./key-filter";

describe("parseKeyFilter", () => {
  it("reads the filter from URL search params with defaults for sort and direction", () => {
    const parsed = parseKeyFilter(new URLSearchParams("region=eu-west-1&state=PendingDeletion&q=%20Payments%20%20prod%20&utm=x"));
    expect(parsed).toEqual({ ok: true, data: { region: "eu-west-1", state: "PendingDeletion", q: "Payments prod", sort: "alias", dir: "asc" } });
  });

  it("reads Next's searchParams objects, treating empty values as no filter", () => {
    expect(parseKeyFilter({ account: "111122223333", manager: "", sort: "lastUsed" })).toEqual({
      ok: true,
      data: { account: "111122223333", sort: "lastUsed", dir: "desc" },
    });
  });

  it("answers bad values with a message naming the field and the allowed values", () => {
    const bad = parseKeyFilter({ state: "enabled" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.code).toBe("invalid_input");
      expect(bad.message).toMatch(/^state: "enabled" is not a KeyState; use one of Enabled, Disabled, PendingDeletion/);
      expect(bad.fieldErrors).toHaveProperty("state");
    }
    expect(parseKeyFilter({ account: "12" })).toMatchObject({ ok: false, message: "account: must be a 12-digit AWS account id" });
    expect(parseKeyFilter({ sort: "size" })).toMatchObject({ ok: false, message: expect.stringMatching(/^sort: "size" is not a sort/) });
    expect(parseKeyFilter({ region: ["eu-west-1", "us-east-1"] })).toMatchObject({ ok: false, message: "region: give one value, not 2" });
    expect(parseKeyFilter({ q: "x".repeat(201) })).toMatchObject({ ok: false });
  });

  it("writes back only what differs from the defaults, so URLs stay short and stable", () => {
    const parsed = parseKeyFilter({ region: "eu-west-1", sort: "alias", dir: "asc", q: "pay" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(keyFilterToSearchParams(parsed.data).toString()).toBe("region=eu-west-1&q=pay");
    expect(keyFilterToSearchParams({ sort: "created", dir: "asc" }).toString()).toBe("sort=created&dir=asc");
    expect(isFiltered(parsed.data)).toBe(true);
    expect(isFiltered({ sort: "alias", dir: "asc" })).toBe(false);
  });
});

describe("key cursors", () => {
  it("round-trip, and refuse tampered text or a cursor of another sort", () => {
    const text = encodeKeyCursor({ v: "2026-01-02T03:04:05.678Z", a: "arn:aws:kms:eu-west-1:111122223333:key/k" });
    expect(decodeKeyCursor(text, "created")).toEqual({ v: "2026-01-02T03:04:05.678Z", a: "arn:aws:kms:eu-west-1:111122223333:key/k" });
    expect(decodeKeyCursor("not-a-cursor", "created")).toBeUndefined();
    expect(decodeKeyCursor(encodeKeyCursor({ v: "alias/x", a: "a" }), "created")).toBeUndefined();
    expect(decodeKeyCursor(encodeKeyCursor({ v: null, a: "a" }), "keyId")).toBeUndefined();
    expect(decodeKeyCursor(encodeKeyCursor({ v: null, a: "a" }), "alias")).toEqual({ v: null, a: "a" });
  });
});
