import { describe, expect, it } from "vitest";
import { parseColumnVisibility, serializeColumnVisibility, toggleColumn } from "./column-visibility";

const IDS = ["alias", "keyId", "region"];

describe("toggleColumn", () => {
  it("hides a shown column and shows it again", () => {
    const hidden = toggleColumn({}, "keyId", IDS);
    expect(hidden).toEqual({ keyId: false });
    expect(toggleColumn(hidden, "keyId", IDS)).toEqual({ keyId: true });
  });

  it("keeps the last visible column", () => {
    const state = { alias: false, keyId: false };
    expect(toggleColumn(state, "region", IDS)).toBe(state);
  });
});

describe("column visibility in storage", () => {
  it("round-trips the hidden columns", () => {
    const saved = serializeColumnVisibility({ keyId: false, region: true });
    expect(saved).toBe('["keyId"]');
    expect(parseColumnVisibility(saved, IDS)).toEqual({ keyId: false });
  });

  it("drops unknown columns and ignores what it cannot read", () => {
    expect(parseColumnVisibility('["gone", "region"]', IDS)).toEqual({ region: false });
    expect(parseColumnVisibility("{not json", IDS)).toEqual({});
    expect(parseColumnVisibility('{"a":1}', IDS)).toEqual({});
    expect(parseColumnVisibility(null, IDS)).toEqual({});
  });

  it("never restores a table with every column hidden", () => {
    expect(parseColumnVisibility(JSON.stringify(IDS), IDS)).toEqual({});
  });
});
