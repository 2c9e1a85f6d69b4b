import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

describe("requestOrigin", () => {
  it("takes the rightmost forwarded hop, not what the client wrote to its left", () => {
    const headers = new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.4", "user-agent": "Mozilla/5.0 test" });
    expect(requestOrigin(headers)).toEqual({ ip: "198.51.100.4", userAgent: "Mozilla/5.0 test" });
  });

  it("falls back to x-real-ip, then to nothing", () => {
    expect(requestOrigin(new Headers({ "x-real-ip": "203.0.113.9" }))).toEqual({ ip: "203.0.113.9", userAgent: null });
    expect(requestOrigin(new Headers())).toEqual({ ip: null, userAgent: null });
  });

  it("bounds what it keeps", () => {
    const origin = requestOrigin(new Headers({ "x-forwarded-for": "x".repeat(500), "user-agent": "y".repeat(5000) }));
    expect(origin.ip).toHaveLength(64);
    expect(origin.userAgent).toHaveLength(300);
  });
});
