import { describe, expect, it } from "vitest";
import { pgliteUrl } from "./embedded/pglite-server";
import { connectTimeoutMs } from "./connect-timeout";

describe("connectTimeoutMs", () => {
  it("waits longer for the embedded database than for a server", () => {
    expect(connectTimeoutMs(pgliteUrl("/work/app/.data/socket"))).toBe(120_000);
    expect(connectTimeoutMs("postgresql://postgres@127.0.0.1:5432/keywarden")).toBe(15_000);
    expect(connectTimeoutMs("postgresql://app:secret@db.internal/keywarden?sslmode=require")).toBe(15_000);
  });
});
