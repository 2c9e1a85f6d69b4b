import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_SOCKETS, socketsFor } from "./http-handler";

describe("socketsFor", () => {
  it("sizes a pool for one second of calls at its rate, within bounds", () => {
    expect(socketsFor(40)).toBe(40);
    expect(socketsFor(20.5)).toBe(21);
    expect(socketsFor(80)).toBe(DEFAULT_MAX_SOCKETS);
    expect(socketsFor(1600)).toBe(DEFAULT_MAX_SOCKETS);
    expect(socketsFor(1.6)).toBe(2);
    expect(socketsFor(1600, 32)).toBe(32);
  });
});
